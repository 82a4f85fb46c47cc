package io.sweep.slurm;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The batch script of one job array: array task {@code I} runs lines {@code I*K .. I*K+K-1}
 * (0-based, K = tasks per job) of a JSONL task file with the same worker code as a local child,
 * one worker process per task. Everything sweep needs is in {@code #SBATCH} lines, so the file
 * can also be resubmitted by hand with {@code sbatch FILE}; the user's own options go on the
 * sbatch command line, where they override the script's.
 *
 * @param jobName          the job's name in squeue
 * @param outDir           the sweep's output directory: the jobs' working directory
 * @param logPattern       each array task's stdout and stderr, with Slurm's {@code %A} (array job
 *                         id) and {@code %a} (array index)
 * @param taskFile         the JSONL task file, one task per line
 * @param taskCount        how many lines it has
 * @param tasksPerJob      K: tasks per array task, at least 1
 * @param throttle         at most this many array tasks at once ({@code %P}), from {@code --procs}
 * @param workerCommand    the worker's command line up to, not including, its
 *                         {@code --tasks FILE --index I} arguments
 * @param timeLimitMinutes a time limit for each array task, when sweep derives one
 */
public record BatchScript(String jobName, Path outDir, Path logPattern, Path taskFile, int taskCount,
                          int tasksPerJob, int throttle, List<String> workerCommand,
                          OptionalLong timeLimitMinutes) {

    public BatchScript {
        if (taskCount < 1 || tasksPerJob < 1 || throttle < 1) {
            throw new IllegalArgumentException("a job array needs tasks, tasks per job and a throttle >= 1");
        }
        workerCommand = List.copyOf(workerCommand);
    }

    /** How many array tasks: the task count divided by K, rounded up. */
    public int arrayTasks() {
        return (taskCount + tasksPerJob - 1) / tasksPerJob;
    }

    /** The {@code --array} value: {@code 0-(N-1)%P}, the throttle left out when it binds nothing. */
    public String arraySpec() {
        int n = arrayTasks();
        String range = n == 1 ? "0" : "0-" + (n - 1);
        return throttle >= n ? range : range + "%" + throttle;
    }

    /** The task-file lines (0-based) that array task {@code index} runs, in order. */
    public List<Integer> linesOf(int index) {
        int first = index * tasksPerJob;
        return java.util.stream.IntStream.range(first, Math.min(first + tasksPerJob, taskCount))
                .boxed().toList();
    }

    public String text() {
        StringBuilder s = new StringBuilder();
        s.append("#!/bin/bash\n");
        s.append(tasksPerJob == 1 ? "# A sweep job array: array task I runs line I (0-based) of the task file"
                : "# A sweep job array: array task I runs lines I*" + tasksPerJob + " to I*" + tasksPerJob + "+"
                + (tasksPerJob - 1) + " (0-based) of the task file, one after another,");
        s.append("\n# each in a worker process: the same worker code as a local run.\n");
        s.append("#SBATCH --job-name=").append(directiveValue(jobName)).append('\n');
        s.append("#SBATCH --array=").append(arraySpec()).append('\n');
        s.append("#SBATCH --output=").append(directiveValue(logPattern.toString())).append('\n');
        s.append("#SBATCH --chdir=").append(directiveValue(outDir.toString())).append('\n');
        timeLimitMinutes.ifPresent(m -> s.append("#SBATCH --time=").append(m).append('\n'));
        s.append("set -u\n");
        s.append(": \"${SLURM_ARRAY_TASK_ID:?submit this script with sbatch, it is a job array}\"\n");
        s.append("tasks=").append(shellQuote(taskFile.toString())).append('\n');
        s.append("count=").append(taskCount).append('\n');
        s.append("per_job=").append(tasksPerJob).append('\n');
        s.append("first=$((SLURM_ARRAY_TASK_ID * per_job))\n");
        s.append("end=$((first + per_job < count ? first + per_job : count))\n");
        s.append("status=0\n");
        s.append("for ((i = first; i < end; i++)); do\n");
        s.append("  ").append(workerCommand.stream().map(BatchScript::shellQuote)
                .collect(Collectors.joining(" "))).append(" --tasks \"$tasks\" --index \"$i\" || status=$?\n");
        s.append("done\n");
        s.append("exit \"$status\"\n");
        return s.toString();
    }

    /** One word for bash: single quotes, any single quote inside closed, escaped and reopened. */
    public static String shellQuote(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_@%+=:,./-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** An #SBATCH value: sbatch splits these lines at blanks unless the value is double-quoted. */
    private static String directiveValue(String value) {
        if (value.contains("\"") || value.contains("\n")) {
            throw new IllegalArgumentException("a Slurm directive cannot hold " + value);
        }
        return value.chars().anyMatch(Character::isWhitespace) ? "\"" + value + "\"" : value;
    }
}
