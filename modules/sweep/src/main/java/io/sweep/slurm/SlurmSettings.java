package io.sweep.slurm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * What the Slurm backend needs to know about a sweep.
 *
 * @param outDir        the sweep's output directory, on a filesystem the compute nodes share
 * @param throttle      at most this many array tasks at once ({@code %P}), from {@code --procs}
 * @param tasksPerJob   tasks per array task ({@code --tasks-per-job}), at least 1
 * @param sbatch        the user's {@code --slurm-option} values
 * @param timeout       per task; sweep turns it into the array tasks' time limit unless the
 *                      user gave one
 * @param workerCommand the worker's command line before its {@code --tasks FILE --index I}
 * @param runnerClass   the workload's TaskRunner class, written into every task line
 * @param notes         where one-line messages for people go (submissions, retries)
 * @param commandTimeout how long one sbatch, squeue or scancel call may take
 */
public record SlurmSettings(Path outDir, int throttle, int tasksPerJob, SbatchOptions sbatch,
                            Optional<Duration> timeout, List<String> workerCommand, String runnerClass,
                            Consumer<String> notes, java.time.Duration commandTimeout) {

    public SlurmSettings {
        if (throttle < 1 || tasksPerJob < 1) {
            throw new IllegalArgumentException("throttle and tasks per job must be >= 1");
        }
        outDir = outDir.toAbsolutePath().normalize();
        workerCommand = List.copyOf(workerCommand);
    }

    /** The job name squeue shows: sweep- and the output directory's name. */
    public String jobName() {
        Path name = outDir.getFileName();
        String base = name == null ? "root" : name.toString().replaceAll("[^A-Za-z0-9._=+-]", "_");
        return "sweep-" + (base.length() > 40 ? base.substring(0, 40) : base);
    }

    /**
     * The array tasks' time limit in whole minutes: {@code perJob} tasks' timeouts plus a minute
     * for JVM start-up, when there is a timeout and the user set no limit of their own.
     */
    public OptionalLong timeLimitMinutes(int perJob) {
        if (timeout.isEmpty() || sbatch.setsTimeLimit()) {
            return OptionalLong.empty();
        }
        long seconds = timeout.get().toSeconds() * perJob;
        return OptionalLong.of((seconds + 59) / 60 + 1);
    }
}
