package io.sweep.slurm;

import io.sweep.engine.AttemptListener;
import io.sweep.engine.Backend;
import io.sweep.engine.Failure;
import io.sweep.engine.ResultRecords;
import io.sweep.engine.Task;
import io.sweep.engine.TaskLines;
import io.sweep.slurm.ArrayJob.Attempt;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a sweep as Slurm job arrays: one array for the tasks (one array task per task, or per
 * chunk of {@code --tasks-per-job}), at most {@code --procs} array tasks at once. It polls
 * squeue itself; when an array task leaves the queue, its tasks' result records decide: a record
 * is a finished attempt, none a failed one. Failed attempts the engine wants retried go into a
 * new array of their own, one task per array task, while the others go on. {@link #cancel()}
 * scancels every array still in the queue.
 */
public final class SlurmBackend implements Backend {
    private static final long FIRST_POLL_MILLIS = 200;
    private static final long MAX_POLL_MILLIS = 5_000;
    /** How long squeue may keep failing (slurmctld restarting, say) before the sweep gives up. */
    private static final long SQUEUE_PATIENCE_NANOS = 600_000_000_000L;

    private final SlurmSettings settings;
    private final SlurmCommands slurm;
    private final JobFiles files;
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    private final Object submitting = new Object();
    private final Object sleeper = new Object();
    private volatile boolean cancelled;

    public SlurmBackend(SlurmSettings settings, SlurmCommands slurm) {
        this.settings = settings;
        this.slurm = slurm;
        this.files = new JobFiles(settings.outDir());
    }

    @Override
    public String name() {
        return "slurm";
    }

    @Override
    public void run(List<Task> tasks, AttemptListener listener) throws InterruptedException {
        if (tasks.isEmpty()) {
            return;
        }
        List<ArrayJob> jobs = new ArrayList<>();
        List<Attempt> first = tasks.stream().map(t -> new Attempt(t, 1)).toList();
        if (!earlierArraysGone(first, listener)) {
            return;
        }
        submit(first, settings.tasksPerJob(), jobs, listener);
        long pause = FIRST_POLL_MILLIS;
        long failingSince = 0;
        while (!jobs.isEmpty() && !cancelled) {
            sleep(pause);
            if (cancelled) {
                break;
            }
            Map<Long, Map<Integer, ArrayTaskState>> states;
            try {
                states = byJob(slurm.queue(jobs.stream().map(ArrayJob::jobId).toList()));
                failingSince = 0;
            } catch (SlurmException e) {
                long now = System.nanoTime();
                if (failingSince == 0) {
                    failingSince = now;
                    settings.notes().accept("sweep: " + e.getMessage() + "; trying again");
                } else if (now - failingSince > SQUEUE_PATIENCE_NANOS) {
                    failAll(jobs, listener, "Slurm stopped answering: " + e.getMessage());
                    return;
                }
                pause = MAX_POLL_MILLIS;
                continue;
            }
            List<Attempt> retry = new ArrayList<>();
            boolean changed = false;
            for (ArrayJob job : jobs) {
                changed |= job.update(states.getOrDefault(job.jobId(), Map.of()), System.nanoTime(), listener,
                        files, settings.outDir(), slurm::exitStatus, retry);
            }
            jobs.removeIf(job -> {
                if (job.over()) {
                    queued.remove(job.jobId());
                }
                return job.over();
            });
            if (!retry.isEmpty() && !cancelled) {
                submit(retry, 1, jobs, listener);
            }
            pause = changed ? FIRST_POLL_MILLIS : Math.min(MAX_POLL_MILLIS, pause * 3 / 2);
        }
    }

    /**
     * A parent killed without its chance to scancel leaves its arrays running; a second array
     * writing the same task directories is refused rather than raced.
     */
    private boolean earlierArraysGone(List<Attempt> attempts, AttemptListener listener) throws InterruptedException {
        try {
            List<Long> active = slurm.activeJobsIn(settings.outDir());
            if (active.isEmpty()) {
                return true;
            }
            failEach(attempts, listener, "Slurm job " + active + " of an earlier run into "
                    + settings.outDir() + " is still in the queue: wait for it to end or scancel it, then run again");
        } catch (SlurmException e) {
            failEach(attempts, listener, "cannot check for earlier Slurm jobs: " + e.getMessage());
        }
        return false;
    }

    /** Writes the task file and script of a new array and submits it; attempts fail when that fails. */
    private void submit(List<Attempt> attempts, int perJob, List<ArrayJob> jobs, AttemptListener listener)
            throws InterruptedException {
        try {
            int number = files.nextNumber();
            BatchScript script = script(number, attempts.size(), perJob);
            List<String> lines = new ArrayList<>();
            for (Attempt attempt : attempts) {
                // The engine hands over only tasks that must run: any record left is stale, and an
                // array task that dies before starting must not be mistaken for a finished one.
                Files.deleteIfExists(ResultRecords.path(settings.outDir(), attempt.task().key()));
                lines.add(TaskLines.encode(attempt.task(), settings.runnerClass()));
            }
            files.write(number, lines, script);
            long jobId;
            synchronized (submitting) {
                if (cancelled) {
                    return;
                }
                jobId = slurm.submit(settings.sbatch(), files.script(number));
                queued.add(jobId);
            }
            files.recordSubmitted(jobId, number);
            jobs.add(new ArrayJob(jobId, script, attempts, System.nanoTime()));
            settings.notes().accept("sweep: submitted Slurm job array " + jobId + " ("
                    + attempts.size() + (attempts.size() == 1 ? " task" : " tasks")
                    + (attempts.get(0).number() > 1 ? ", retries" : "") + ", --array=" + script.arraySpec()
                    + "): " + settings.outDir().relativize(files.script(number)));
        } catch (IOException | SlurmException e) {
            failEach(attempts, listener, "cannot submit to Slurm: " + e.getMessage());
        }
    }

    /** The batch script of submission {@code number}: also what {@code --dry-run} prints. */
    BatchScript script(int number, int taskCount, int perJob) {
        return new BatchScript(settings.jobName(), settings.outDir(), files.logPattern(), files.taskFile(number),
                taskCount, perJob, settings.throttle(), settings.workerCommand(),
                settings.timeLimitMinutes(perJob));
    }

    /**
     * What {@code --dry-run} prints: the batch script and the sbatch command of the array these
     * tasks would be submitted as. Reads the output directory (for the next submission's
     * number) but writes nothing and submits nothing.
     */
    public String dryRun(List<Task> tasks) throws IOException {
        int number = files.nextNumber();
        BatchScript script = script(number, Math.max(1, tasks.size()), settings.tasksPerJob());
        List<String> keys = tasks.stream().map(Task::key).toList();
        String shown = keys.size() <= 10 ? String.join(", ", keys)
                : String.join(", ", keys.subList(0, 10)) + ", ...";
        return "# sweep --dry-run: nothing was written or submitted. A run would write the task file\n"
                + "# " + files.taskFile(number) + " (" + tasks.size() + " tasks: " + shown + "),\n"
                + "# the batch script " + files.script(number) + " below, and submit it with the\n"
                + "# sbatch command on the last line.\n"
                + script.text()
                + String.join(" ", SlurmCommands.sbatchCommand(settings.sbatch(), files.script(number)).stream()
                        .map(BatchScript::shellQuote).toList()) + "\n";
    }

    private static Map<Long, Map<Integer, ArrayTaskState>> byJob(List<ArrayTaskState> states) {
        Map<Long, Map<Integer, ArrayTaskState>> map = new HashMap<>();
        for (ArrayTaskState s : states) {
            map.computeIfAbsent(s.jobId(), id -> new HashMap<>()).put(s.index(), s);
        }
        return map;
    }

    private void failAll(List<ArrayJob> jobs, AttemptListener listener, String reason) {
        for (ArrayJob job : jobs) {
            failEach(job.unsettled(), listener, reason);
        }
    }

    /** Fails attempts for good, whatever the listener would retry: the cause is not the task's. */
    private static void failEach(List<Attempt> attempts, AttemptListener listener, String reason) {
        for (Attempt attempt : attempts) {
            listener.started(attempt.task(), attempt.number(), 0);
            listener.failed(attempt.task(), attempt.number(), new Failure(reason, 0, null, null, 0));
        }
    }

    private void sleep(long millis) throws InterruptedException {
        synchronized (sleeper) {
            if (!cancelled) {
                sleeper.wait(millis);
            }
        }
    }

    @Override
    public void cancel() {
        cancelled = true;
        synchronized (submitting) {
            List<Long> ids = List.copyOf(queued);
            try {
                slurm.cancel(ids);
                if (!ids.isEmpty()) {
                    settings.notes().accept("sweep: cancelled Slurm job " + ids);
                }
            } catch (SlurmException e) {
                settings.notes().accept("sweep: " + e.getMessage() + "; cancel the arrays by hand: scancel "
                        + ids.stream().map(String::valueOf).reduce((a, b) -> a + " " + b).orElse(""));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (sleeper) {
            sleeper.notifyAll();
        }
    }
}
