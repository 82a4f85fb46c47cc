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
    /**
     * How many polls in a row may fail (each after its command's timeout) before the sweep stops
     * waiting for Slurm and settles every task from the result records on disk.
     */
    private static final int SQUEUE_TRIES = 5;

    private final SlurmSettings settings;
    private final SlurmCommands slurm;
    private final JobFiles files;
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    private final Object submitting = new Object();
    private final Object sleeper = new Object();
    private volatile boolean cancelled;
    private volatile boolean stopping;

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
        List<ArrayJob> jobs = new ArrayList<>();
        List<Attempt> toSubmit = new ArrayList<>(tasks.stream().map(t -> new Attempt(t, 1)).toList());
        int perJob = settings.tasksPerJob();
        long pause = FIRST_POLL_MILLIS;
        int failedPolls = 0;
        while ((!jobs.isEmpty() || !toSubmit.isEmpty()) && !cancelled) {
            if (!toSubmit.isEmpty() && !stopping) {
                List<Attempt> batch = List.copyOf(toSubmit);
                toSubmit.clear();
                toSubmit.addAll(submit(batch, perJob, jobs, listener));
                perJob = 1;
            } else if (stopping) {
                toSubmit.clear();
            }
            if (jobs.isEmpty()) {
                if (!toSubmit.isEmpty()) {
                    sleep(settings.commandTimeout().toMillis() / 4);
                }
                continue;
            }
            sleep(pause);
            if (cancelled) {
                break;
            }
            Map<Long, Map<Integer, ArrayTaskState>> states;
            try {
                states = byJob(slurm.queue(jobs.stream().map(ArrayJob::jobId).toList()));
                failedPolls = 0;
            } catch (SlurmException e) {
                if (++failedPolls < SQUEUE_TRIES) {
                    settings.notes().accept("sweep: " + e.getMessage() + "; trying again");
                    pause = Math.min(MAX_POLL_MILLIS, settings.commandTimeout().toMillis());
                    continue;
                }
                for (ArrayJob job : jobs) {
                    job.settleWithoutScheduler("Slurm stopped answering (" + e.getMessage() + ")", System.nanoTime(),
                            listener, settings.outDir(), toSubmit);
                    queued.remove(job.jobId());
                }
                jobs.clear();
                continue;
            }
            boolean changed = false;
            for (ArrayJob job : jobs) {
                changed |= job.update(states.getOrDefault(job.jobId(), Map.of()), System.nanoTime(), listener,
                        files, settings.outDir(), slurm::exitStatus, toSubmit);
            }
            jobs.removeIf(job -> {
                if (job.over()) {
                    queued.remove(job.jobId());
                }
                return job.over();
            });
            pause = changed ? FIRST_POLL_MILLIS : Math.min(MAX_POLL_MILLIS, pause * 3 / 2);
        }
    }

    /**
     * Writes the task file and script of a new array and submits it, unless an array of another
     * run into the same directory is still in the queue (a parent killed without its chance to
     * scancel leaves its arrays running; a second array writing the same task directories is
     * refused rather than raced). When that fails, each attempt fails, and those the engine
     * wants tried again are returned.
     */
    private List<Attempt> submit(List<Attempt> attempts, int perJob, List<ArrayJob> jobs, AttemptListener listener)
            throws InterruptedException {
        try {
            List<Long> others = new ArrayList<>(slurm.activeJobsIn(settings.outDir()));
            others.removeAll(queued);
            if (!others.isEmpty()) {
                return failEach(attempts, listener, "Slurm job " + others + " of an earlier run into "
                        + settings.outDir() + " is still in the queue: wait for it to end or scancel it, then run again");
            }
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
                if (cancelled || stopping) {
                    return List.of();
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
            return List.of();
        } catch (IOException | SlurmException e) {
            return failEach(attempts, listener, "cannot submit to Slurm: " + e.getMessage());
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

    /** Submission failed: each attempt fails; returns the attempts the engine wants tried again. */
    private static List<Attempt> failEach(List<Attempt> attempts, AttemptListener listener, String reason) {
        List<Attempt> again = new ArrayList<>();
        for (Attempt attempt : attempts) {
            listener.started(attempt.task(), attempt.number(), "slurm (not submitted)", 0);
            if (listener.failed(attempt.task(), attempt.number(), Failure.of(Failure.Fact.SUBMIT_FAILED, reason))) {
                again.add(new Attempt(attempt.task(), attempt.number() + 1));
            }
        }
        return again;
    }

    private void sleep(long millis) throws InterruptedException {
        synchronized (sleeper) {
            if (!cancelled) {
                sleeper.wait(millis);
            }
        }
    }

    /** --halt soon: nothing more is submitted, array tasks still pending are cancelled, running ones end. */
    @Override
    public void stopStarting() {
        stopping = true;
        synchronized (submitting) {
            try {
                slurm.cancelPending(List.copyOf(queued));
            } catch (SlurmException e) {
                settings.notes().accept("sweep: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (sleeper) {
            sleeper.notifyAll();
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
