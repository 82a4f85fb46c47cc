package io.sweep.slurm;

import io.sweep.backend.WorkerCommand;
import io.sweep.backend.WorkerJvmOptions;
import io.sweep.cli.args.Option;
import io.sweep.config.Durations;
import io.sweep.config.Numbers;
import io.sweep.config.SweepSpec;
import io.sweep.engine.PreviousSweep;
import io.sweep.engine.Resume;
import io.sweep.engine.Task;
import io.sweep.engine.TaskRunner;
import io.sweep.engine.Workload;
import io.sweep.worker.WorkerMain;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The sweep command's Slurm options: the options that only make sense with
 * {@code --backend slurm}. Values stay strings until {@link #check}, so every bad one gets the
 * command line's one-line message and exit 2.
 */
public final class SlurmCommandLine {
    /** How long one sbatch/squeue/scancel call may take unless SWEEP_SLURM_TIMEOUT says otherwise. */
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    final List<String> slurmOptions = new ArrayList<>();
    String tasksPerJob;
    boolean dryRun;

    /** The options, shown under their own heading in --help. */
    public List<Option> options() {
        return List.of(
                Option.repeatable("--slurm-option", "OPTION", "An sbatch option, repeatable, e.g. "
                        + "--slurm-option=--partition=short --slurm-option=--time=30 --slurm-option=--mem=2G.",
                        slurmOptions::add),
                Option.value("--tasks-per-job", "K", "K tasks per array task, run one after another (default: 1).",
                        v -> tasksPerJob = v),
                Option.flag("--dry-run", "Print the batch script and the sbatch command; write and submit "
                        + "nothing.", () -> dryRun = true));
    }

    /** The first Slurm option given on the command line, or null: refused by other backends. */
    public String given() {
        return !slurmOptions.isEmpty() ? "--slurm-option" : tasksPerJob != null ? "--tasks-per-job"
                : dryRun ? "--dry-run" : null;
    }

    /** Validates the values, for --backend slurm. */
    public void check(Map<String, String> env) {
        SbatchOptions.parse(slurmOptions);
        perJob();
        commandTimeout(env);
    }

    private static Duration commandTimeout(Map<String, String> env) {
        String given = env.get("SWEEP_SLURM_TIMEOUT");
        return given == null || given.isBlank() ? COMMAND_TIMEOUT : Durations.parse(given, "SWEEP_SLURM_TIMEOUT");
    }

    public boolean dryRun() {
        return dryRun;
    }

    private int perJob() {
        return tasksPerJob == null ? 1 : Numbers.wholeAtLeast(tasksPerJob, 1, "--tasks-per-job");
    }

    /** The Slurm backend for this sweep; its notes (submissions, retries) go to {@code err}. */
    public SlurmBackend backend(SweepSpec spec, Workload workload, Class<? extends TaskRunner> runner,
                                Map<String, String> env, PrintStream err) {
        Consumer<String> notes = spec.quiet() ? line -> { } : err::println;
        return new SlurmBackend(settings(spec, workload, runner, env, notes), new SlurmCommands(commandTimeout(env)));
    }

    /**
     * {@code --dry-run}: prints the batch script and sbatch command of the tasks a run would
     * submit (those an earlier run into {@code --out} has not finished); writes and submits
     * nothing. Returns the exit code, 0.
     */
    public int dryRun(SweepSpec spec, Workload workload, Class<? extends TaskRunner> runner,
                      Map<String, String> env, List<Task> tasks, PrintStream out) throws IOException {
        PreviousSweep.check(spec.out(), workload.name(), workload.problem(), spec.force());
        // With --force every task runs; inspecting would also remove unplanned task directories.
        List<Task> toRun = Files.isDirectory(spec.out()) && !spec.force()
                ? Resume.inspect(spec.out(), tasks, workload, false).toRun() : tasks;
        out.print(backend(spec, workload, runner, env, out).dryRun(toRun));
        out.flush();
        return 0;
    }

    private SlurmSettings settings(SweepSpec spec, Workload workload, Class<? extends TaskRunner> runner,
                                   Map<String, String> env, Consumer<String> notes) {
        // The local pool's worker JVM options (heap from the workload, serial GC, ...), same reasons.
        WorkerCommand worker = WorkerCommand.ofThisJvm(
                WorkerJvmOptions.forWorkload(workload, env.get("SWEEP_WORKER_JAVA_OPTS")));
        return new SlurmSettings(spec.out(), spec.procs(), perJob(), SbatchOptions.parse(slurmOptions),
                spec.timeout(), workerCommand(worker, spec.out()), runner.getName(), notes, commandTimeout(env));
    }

    /**
     * The worker's command line for a compute node: the same java and class path as this JVM, with
     * every class-path entry made absolute (array tasks start in the output directory), without the
     * local pool's class-data archive (several nodes would write one file).
     */
    static List<String> workerCommand(WorkerCommand worker, Path outDir) {
        List<String> command = new ArrayList<>();
        command.add(worker.java().toAbsolutePath().toString());
        command.addAll(worker.jvmArgs());
        command.add("-cp");
        List<String> entries = new ArrayList<>();
        for (String entry : worker.classPath().split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        command.add(String.join(File.pathSeparator, entries));
        command.add(WorkerMain.class.getName());
        command.add("--out");
        command.add(outDir.toString());
        return command;
    }
}
