package io.sweep.engine;

import io.sweep.results.Json;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The parent's account of every task of a sweep and the one owner of each task's life: fed by
 * the backend's facts, it moves tasks through {@link TaskStatus}, applies the {@link RetryRule}
 * and the {@link HaltPolicy}, tells the progress display, hands finished results on, and renders
 * manifest.json's task list. Thread-safe: backends report from their own threads.
 */
public final class Ledger implements AttemptListener {
    /** What the progress display needs, in one consistent snapshot. */
    public record Counts(int total, int done, int running, int failed, int kept) {
        /** Tasks that will not change any more in this run. */
        public int ended() {
            return done + failed;
        }
    }

    /** What happened to a task, for the progress display. */
    public enum Kind { STARTED, DONE, RETRYING, FAILED }

    /**
     * A change the progress display may show; {@code number} is the task's place in completion
     * order (1, 2, ...) for DONE and FAILED, 0 otherwise; {@code counts} are those just after it.
     */
    public record Event(String key, Kind kind, int attempt, double wallSeconds, String reason,
                        FailureClass failure, int number, Counts counts) {
    }

    /** The sweep is to stop: at once ({@code now}) or once running tasks end. */
    public record Halt(boolean now, String reason) {
    }

    private final Map<String, TaskEntry> entries = new LinkedHashMap<>();
    private final Workload workload;
    private final RetryRule retryRule;
    private final HaltPolicy haltPolicy;
    private final Consumer<Event> onEvent;
    private final Consumer<Supplier<List<TaskResult>>> onResults;
    private final Consumer<Halt> onHalt;
    /** How many tasks are in each status, kept as they move: counting on every event cost O(tasks). */
    private final int[] inStatus = new int[TaskStatus.values().length];
    private Halt halt;
    private int endedInOrder;
    private long version;

    /**
     * @param onEvent   told of each start and end (progress lines)
     * @param onResults told after each finished task, with where to get every result so far (in plan
     *                  order) when it is wanted: a list of every task built per finished task cost
     *                  the parent of 4000 tiny tasks most of its CPU, and a throttled writer needs
     *                  only the latest
     * @param onHalt    told once when the sweep must stop early (halt policy, broken infrastructure)
     */
    public Ledger(List<Task> tasks, Path outDir, Workload workload, int retries, HaltPolicy haltPolicy,
                  Consumer<Event> onEvent, Consumer<Supplier<List<TaskResult>>> onResults, Consumer<Halt> onHalt) {
        for (Task task : tasks) {
            entries.put(task.key(), new TaskEntry(task, TaskFiles.of(outDir, task)));
        }
        inStatus[TaskStatus.PLANNED.ordinal()] = entries.size();
        this.workload = workload;
        this.retryRule = new RetryRule(retries);
        this.haltPolicy = haltPolicy;
        this.onEvent = onEvent;
        this.onResults = onResults;
        this.onHalt = onHalt;
    }

    /** A task done in an earlier run whose files were verified. */
    public synchronized void keep(TaskResult result) {
        TaskEntry e = entries.get(result.key());
        move(e, TaskStatus.KEPT);
        e.result = result;
        endedInOrder++; // tasks run now are numbered after the kept ones: [14/40] is the 14th of 40 over
        e.pid = result.pid();
        version++;
    }

    @Override
    public void started(Task task, int attempt, String worker, long pid) {
        synchronized (this) {
            TaskEntry e = entries.get(task.key());
            move(e, TaskStatus.RUNNING);
            e.start(attempt, worker, pid);
            version++;
            onEvent.accept(new Event(task.key(), Kind.STARTED, attempt, 0, null, null, 0, counts()));
        }
    }

    @Override
    public void finished(Task task, int attempt, TaskResult result, double wallSeconds) {
        int number;
        synchronized (this) {
            TaskEntry e = entries.get(task.key());
            e.endAttempt(attempt, AttemptOutcome.DONE, null, result.pid());
            move(e, TaskStatus.DONE);
            e.wallSeconds = wallSeconds;
            e.pid = result.pid();
            e.failure = null;
            e.reason = null;
            e.result = result;
            retryRule.succeeded();
            number = ++endedInOrder;
            version++;
            // Told under the lock, so that lines come out in the order of their numbers.
            onEvent.accept(new Event(task.key(), Kind.DONE, attempt, wallSeconds, null, null, number, counts()));
        }
        onResults.accept(this::results);
    }

    @Override
    public boolean failed(Task task, int attempt, Failure failure) {
        FailureClass why = failure.failureClass();
        boolean retry;
        int number = 0;
        Halt newHalt = null;
        synchronized (this) {
            TaskEntry e = entries.get(task.key());
            e.endAttempt(attempt, AttemptOutcome.FAILED, why, failure.pid());
            if (failure.pid() > 0) {
                e.pid = failure.pid();
            }
            e.wallSeconds = failure.wallSeconds();
            e.exitCode = failure.exitCode();
            e.signal = failure.signal();
            e.failure = why;
            e.reason = failure.reason();
            RetryRule.Decision decision = halt != null ? RetryRule.Decision.GIVE_UP : retryRule.decide(why, attempt);
            retry = decision == RetryRule.Decision.RETRY;
            move(e, retry ? TaskStatus.PLANNED : TaskStatus.FAILED);
            if (!retry) {
                number = ++endedInOrder;
            }
            if (halt == null && decision == RetryRule.Decision.END_SWEEP) {
                halt = newHalt = new Halt(true, "sweep stopped: " + (why == FailureClass.COULD_NOT_START
                        ? "worker JVMs could not start" : "the scheduler refused the jobs")
                        + " twice in a row (" + failure.reason() + ")");
            } else if (halt == null && !retry && haltPolicy.triggered(counts().failed(), entries.size())) {
                halt = newHalt = new Halt(haltPolicy.when() == HaltPolicy.When.NOW, "sweep stopped (--halt "
                        + haltPolicy.label() + "): " + counts().failed() + " failed");
            }
            version++;
            onEvent.accept(new Event(task.key(), retry ? Kind.RETRYING : Kind.FAILED, attempt,
                    failure.wallSeconds(), failure.reason(), why, number, counts()));
        }
        if (newHalt != null) {
            onHalt.accept(newHalt);
        }
        return retry;
    }

    /** The tasks whose attempt is running (after the backend returned: those it left running). */
    public synchronized List<Task> running() {
        List<Task> running = new ArrayList<>();
        for (TaskEntry e : entries.values()) {
            if (e.running()) {
                running.add(e.task);
            }
        }
        return running;
    }

    /**
     * A running task whose worker was stopped after its result record was renamed into place but
     * before the parent heard of it: the record is the proof, so it is done like any other.
     */
    public void foundDone(Task task, TaskResult result) {
        int attempt;
        double wallSeconds;
        synchronized (this) {
            List<AttemptRecord> attempts = entries.get(task.key()).attempts;
            AttemptRecord last = attempts.get(attempts.size() - 1);
            attempt = last.attempt();
            wallSeconds = java.time.Duration.between(last.started(), java.time.Instant.now()).toNanos() / 1e9;
        }
        finished(task, attempt, result, wallSeconds);
    }

    /**
     * After the backend returned: every task not over gets its final status. Interrupted, all of
     * them are interrupted; after a halt, a running task is interrupted, one whose last attempt
     * failed has failed, one never tried stays planned; otherwise a task the backend left
     * unfinished has failed (no path may report success for it).
     */
    public synchronized void settle(boolean interrupted) {
        for (TaskEntry e : entries.values()) {
            if (e.status.over()) {
                continue;
            }
            e.written = null;
            boolean triedAndFailed = e.status == TaskStatus.PLANNED && e.failure != null;
            if (e.running()) {
                e.endAttempt(e.attempts.get(e.attempts.size() - 1).attempt(), AttemptOutcome.INTERRUPTED, null, 0);
            }
            if (interrupted || (halt != null && e.status == TaskStatus.RUNNING)) {
                move(e, TaskStatus.INTERRUPTED);
            } else if (triedAndFailed) {
                move(e, TaskStatus.FAILED);
            } else if (halt == null) {
                move(e, TaskStatus.FAILED);
                e.reason = "the backend ended without running it to an end";
            }
        }
        version++;
    }

    /** Why the sweep stopped early, if it did. */
    public synchronized Optional<Halt> halt() {
        return Optional.ofNullable(halt);
    }

    /** Grows with every change: the manifest writer compares it to what it last wrote. */
    public synchronized long version() {
        return version;
    }

    /** Every result so far (run now or kept), in plan order. */
    public synchronized List<TaskResult> results() {
        List<TaskResult> results = new ArrayList<>();
        for (TaskEntry e : entries.values()) {
            if (e.status.finished()) {
                results.add(e.result);
            }
        }
        return results;
    }

    public synchronized Counts counts() {
        int kept = count(TaskStatus.KEPT);
        return new Counts(entries.size(), count(TaskStatus.DONE) + kept, count(TaskStatus.RUNNING),
                count(TaskStatus.FAILED), kept);
    }

    private int count(TaskStatus status) {
        return inStatus[status.ordinal()];
    }

    /** The one place a task's status changes, so that the counts follow. */
    private void move(TaskEntry e, TaskStatus to) {
        e.written = null;
        inStatus[e.status.ordinal()]--;
        inStatus[to.ordinal()]++;
        e.status = to;
    }

    /** The failed tasks, one line each: key, class, attempts, reason and log (a task that printed nothing has none). */
    public synchronized List<String> failures() {
        List<String> lines = new ArrayList<>();
        for (TaskEntry e : entries.values()) {
            if (e.status == TaskStatus.FAILED) {
                int n = e.attempts.size();
                lines.add(e.task.key() + " failed (" + (e.failure == null ? "unfinished" : e.failure.label())
                        + ") after " + n + " attempt" + (n == 1 ? "" : "s") + ": " + e.reason
                        + (java.nio.file.Files.exists(e.files.log()) ? " (log: " + e.files.relativeLog() + ")"
                        : " (it printed nothing: no log)"));
            }
        }
        return lines;
    }

    /** The tasks not done or kept, in plan order, each with its failure class or status. */
    public synchronized List<Unfinished> unfinished() {
        List<Unfinished> list = new ArrayList<>();
        for (TaskEntry e : entries.values()) {
            if (!e.status.finished()) {
                list.add(new Unfinished(e.task, e.status == TaskStatus.FAILED && e.failure != null
                        ? e.failure.label() : e.status.label()));
            }
        }
        return list;
    }

    /** Every task's record as manifest.json shows it, in plan order. */
    public synchronized List<Map<String, Object>> toJson() {
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (TaskEntry e : entries.values()) {
            tasks.add(e.toJson(workload));
        }
        return tasks;
    }

    /** Where manifest.json's task records stand: elements of a list in the file's top object. */
    static final int MANIFEST_DEPTH = 2;

    /**
     * manifest.json's task list, each task's text as it stands at {@link #MANIFEST_DEPTH}. The
     * text of a task that did not change since the last call is reused: the list of 4000 tasks is
     * rewritten while they run, and writing every entry anew took most of that writer's CPU.
     */
    public synchronized List<Json.Written> manifestEntries() {
        List<Json.Written> tasks = new ArrayList<>(entries.size());
        for (TaskEntry e : entries.values()) {
            if (e.written == null) {
                e.written = Json.pretty(e.toJson(workload), MANIFEST_DEPTH);
            }
            tasks.add(e.written);
        }
        return tasks;
    }
}
