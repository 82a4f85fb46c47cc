package io.sweep.slurm;

import io.sweep.backend.WorkerCommand;
import io.sweep.config.BadInputException;
import io.sweep.config.Numbers;
import io.sweep.config.SweepSpec;
import io.sweep.worker.WorkerMain;
import picocli.CommandLine.Option;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The sweep command's backend options, a picocli mixin: {@code --backend local|slurm} and the
 * options that only make sense with Slurm. Values stay strings until {@link #check()}, so every
 * bad one gets the command line's one-line message and exit 2.
 */
public final class SlurmCommandLine {

    @Option(names = "--backend", paramLabel = "NAME",
            description = "local (default): child JVMs on this machine; slurm: one Slurm job array, "
                    + "at most --procs array tasks at once, outputs in --out on a shared filesystem.")
    String backend = "local";

    @Option(names = "--slurm-option", paramLabel = "OPTION",
            description = "An sbatch option for --backend slurm, repeatable, e.g. --slurm-option=--partition=short "
                    + "--slurm-option=--time=30 --slurm-option=--mem=2G.")
    List<String> slurmOptions = new ArrayList<>();

    @Option(names = "--tasks-per-job", paramLabel = "K",
            description = "With --backend slurm: K tasks per array task, run one after another (default: 1).")
    String tasksPerJob;

    @Option(names = "--dry-run",
            description = "With --backend slurm: print the batch script and the sbatch command; write and submit nothing.")
    boolean dryRun;

    /** Validates the options; true when the sweep goes to Slurm. */
    public boolean check() {
        String name = backend.strip().toLowerCase(Locale.ROOT);
        if (!name.equals("local") && !name.equals("slurm")) {
            throw new BadInputException("--backend '" + backend + "' is invalid: use local or slurm");
        }
        boolean slurm = name.equals("slurm");
        if (!slurm) {
            String given = !slurmOptions.isEmpty() ? "--slurm-option" : tasksPerJob != null ? "--tasks-per-job"
                    : dryRun ? "--dry-run" : null;
            if (given != null) {
                throw new BadInputException(given + " needs --backend slurm");
            }
        }
        SbatchOptions.parse(slurmOptions);
        perJob();
        return slurm;
    }

    public boolean dryRun() {
        return dryRun;
    }

    private int perJob() {
        return tasksPerJob == null ? 1 : Numbers.wholeAtLeast(tasksPerJob, 1, "--tasks-per-job");
    }

    /** The backend's settings for this sweep; {@code worker} is the local pool's worker command. */
    public SlurmSettings settings(SweepSpec spec, WorkerCommand worker, String runnerClass, Consumer<String> notes) {
        return new SlurmSettings(spec.out(), spec.procs(), perJob(), SbatchOptions.parse(slurmOptions),
                spec.timeout(), workerCommand(worker, spec.out()), runnerClass, notes);
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
