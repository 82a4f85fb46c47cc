package io.sweep.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The parent's account of every task of a sweep, fed by the backend's attempt reports: decides
 * retries, tells the progress display, hands finished results on, and renders manifest.json's
 * task list. Thread-safe: backends report from their own threads.
 */
public final class Ledger implements AttemptListener {
    /** What the progress display needs, in one consistent snapshot. */
    public record Counts(int total, int done, int running, int failed, int reused) {
    }

    /**
     * A change the progress display may show: an attempt started, a task ended (done, or failed
     * for good) or will be retried; {@code counts} are the counts just after it.
     */
    public record Event(String key, String status, int attempt, double wallSeconds, String reason, Counts counts) {
    }

    private final Map<String, TaskEntry> entries = new LinkedHashMap<>();
    private final Workload workload;
    private final int retries;
    private final Consumer<Event> onEvent;
    private final Consumer<List<TaskResult>> onResults;
    private long version;

    /**
     * @param onEvent   told of each ended attempt (progress lines)
     * @param onResults told with every result so far, in plan order, after each finished task
     */
    public Ledger(List<Task> tasks, Workload workload, int retries, Consumer<Event> onEvent,
                  Consumer<List<TaskResult>> onResults) {
        for (Task task : tasks) {
            entries.put(task.key(), new TaskEntry(task));
        }
        this.workload = workload;
        this.retries = retries;
        this.onEvent = onEvent;
        this.onResults = onResults;
    }

    /** A task done in an earlier run whose files were verified. */
    public synchronized void reuse(TaskResult result) {
        TaskEntry e = entries.get(result.key());
        e.status = "done";
        e.reused = true;
        e.result = result;
        e.pid = result.pid();
        version++;
    }

    @Override
    public void started(Task task, int attempt, long pid) {
        started(task, attempt, pid, "pid " + pid);
    }

    @Override
    public void started(Task task, int attempt, long pid, String worker) {
        synchronized (this) {
            TaskEntry e = entries.get(task.key());
            e.attemptStarted(attempt, worker, pid);
            e.status = "running";
            e.attempts = attempt;
            e.pid = pid;
            e.exitCode = null;
            e.signal = null;
            version++;
        }
        onEvent.accept(new Event(task.key(), "started", attempt, 0, null, counts()));
    }

    @Override
    public void finished(Task task, int attempt, TaskResult result, double wallSeconds) {
        List<TaskResult> done;
        synchronized (this) {
            TaskEntry e = entries.get(task.key());
            e.attemptEnded("done", null);
            e.status = "done";
            e.attempts = attempt;
            e.wallSeconds = wallSeconds;
            e.exitCode = null;
            e.reason = null;
            e.result = result;
            done = results();
            version++;
        }
        onEvent.accept(new Event(task.key(), "done", attempt, wallSeconds, null, counts()));
        onResults.accept(done);
    }

    @Override
    public boolean failed(Task task, int attempt, Failure failure) {
        boolean retry = attempt <= retries;
        synchronized (this) {
            TaskEntry e = entries.get(task.key());
            e.attemptEnded("failed", failure.reason());
            e.status = retry ? "retrying" : "failed";
            e.attempts = attempt;
            e.pid = failure.pid();
            e.wallSeconds = failure.wallSeconds();
            e.exitCode = failure.exitCode();
            e.signal = failure.signal();
            e.reason = failure.reason();
            version++;
        }
        onEvent.accept(new Event(task.key(), retry ? "retrying" : "failed", attempt, failure.wallSeconds(),
                failure.reason(), counts()));
        return retry;
    }

    /** After a cancelled run: what was running or waiting is marked interrupted. */
    public synchronized void interrupt() {
        for (TaskEntry e : entries.values()) {
            if (!e.status.equals("done") && !e.status.equals("failed")) {
                e.status = "interrupted";
                e.attemptEnded("interrupted", null);
            }
        }
        version++;
    }

    /** Grows with every change: the manifest writer compares it to what it last wrote. */
    public synchronized long version() {
        return version;
    }

    /** Every result so far, in plan order. */
    public synchronized List<TaskResult> results() {
        List<TaskResult> results = new ArrayList<>();
        for (TaskEntry e : entries.values()) {
            if (e.status.equals("done")) {
                results.add(e.result);
            }
        }
        return results;
    }

    public synchronized Counts counts() {
        int done = 0, running = 0, failed = 0, reused = 0;
        for (TaskEntry e : entries.values()) {
            switch (e.status) {
                case "done" -> {
                    done++;
                    reused += e.reused ? 1 : 0;
                }
                case "running", "retrying" -> running++;
                case "failed" -> failed++;
                default -> { }
            }
        }
        return new Counts(entries.size(), done, running, failed, reused);
    }

    /** The failed tasks, one line each: key, attempts, reason and log. */
    public synchronized List<String> failures() {
        List<String> lines = new ArrayList<>();
        for (TaskEntry e : entries.values()) {
            if (e.status.equals("failed")) {
                lines.add(e.task.key() + " failed after " + e.attempts + " attempt" + (e.attempts == 1 ? "" : "s")
                        + ": " + e.reason + " (log: tasks/" + e.task.key() + "/task.log)");
            }
        }
        return lines;
    }

    public synchronized List<Map<String, Object>> toJson() {
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (TaskEntry e : entries.values()) {
            tasks.add(e.toJson(workload));
        }
        return tasks;
    }
}
