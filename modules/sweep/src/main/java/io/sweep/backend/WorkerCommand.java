package io.sweep.backend;

import io.sweep.worker.WorkerMain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a worker JVM: the same java as this one, the same class path, the lean
 * {@link WorkerMain}, and JVM options chosen for a short-lived compute process. The Slurm backend
 * writes the same command into its batch script.
 *
 * @param java      the java executable
 * @param jvmArgs   JVM options (heap, GC, class-data sharing)
 * @param classPath the class path
 */
public record WorkerCommand(Path java, List<String> jvmArgs, String classPath) {

    public WorkerCommand {
        jvmArgs = List.copyOf(jvmArgs);
    }

    /** The java running this JVM and its class path. */
    public static WorkerCommand ofThisJvm(List<String> jvmArgs) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new WorkerCommand(java, jvmArgs, System.getProperty("java.class.path"));
    }

    /** A copy with more JVM options after these. */
    public WorkerCommand withJvmArgs(List<String> more) {
        List<String> all = new ArrayList<>(jvmArgs);
        all.addAll(more);
        return new WorkerCommand(java, all, classPath);
    }

    /** Pipe mode: tasks on stdin, replies on stdout. */
    public List<String> pipeMode(Path outDir) {
        List<String> command = base();
        command.addAll(List.of("--out", outDir.toString()));
        return command;
    }

    /** File mode: runs line {@code index} of a JSONL task file (a Slurm array task). */
    public List<String> fileMode(Path outDir, Path tasksFile, String index) {
        List<String> command = base();
        command.addAll(List.of("--out", outDir.toString(), "--tasks", tasksFile.toString(), "--index", index));
        return command;
    }

    private List<String> base() {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(classPath);
        command.add(WorkerMain.class.getName());
        return command;
    }
}
