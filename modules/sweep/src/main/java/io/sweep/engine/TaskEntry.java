package io.sweep.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ledger's record of one task, as manifest.json shows it. Mutated only under the ledger's lock. */
final class TaskEntry {
    final Task task;
    final TaskFiles files;
    TaskStatus status = TaskStatus.PLANNED;
    final List<AttemptRecord> attempts = new ArrayList<>();
    Long pid;
    Double wallSeconds;
    Integer exitCode;
    Integer signal;
    FailureClass failure;
    String reason;
    TaskResult result;
    /** Its manifest text as last written; null when it changed since (the ledger clears it). */
    io.sweep.results.Json.Written written;

    TaskEntry(Task task, TaskFiles files) {
        this.task = task;
        this.files = files;
    }

    void start(int attempt, String worker, long workerPid) {
        attempts.add(new AttemptRecord(attempt, worker, workerPid, Instant.now(), null, null, null));
        pid = workerPid;
        exitCode = null;
        signal = null;
    }

    /** Closes the current attempt (one is opened first if the transport reported no start). */
    void endAttempt(int attempt, AttemptOutcome outcome, FailureClass why, long workerPid) {
        if (attempts.isEmpty() || attempts.get(attempts.size() - 1).attempt() != attempt
                || attempts.get(attempts.size() - 1).ended() != null) {
            attempts.add(new AttemptRecord(attempt, workerPid > 0 ? "pid " + workerPid : "none", workerPid,
                    Instant.now(), null, null, null));
        }
        int last = attempts.size() - 1;
        attempts.set(last, attempts.get(last).end(outcome, why, workerPid));
    }

    /** The open attempt, if one runs. */
    boolean running() {
        return status == TaskStatus.RUNNING;
    }

    Map<String, Object> toJson(Workload workload) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", task.key());
        json.putAll(workload.describe(task));
        json.put("status", status.label());
        json.put("failure", failure == null ? null : failure.label());
        json.put("reason", reason);
        json.put("attempts", attempts.size());
        json.put("attempt_log", attempts.stream().map(AttemptRecord::toJson).toList());
        json.put("pid", pid);
        json.put("wall_s", wallSeconds);
        json.put("exit_code", exitCode);
        json.put("signal", signal);
        json.put("log", files.relativeLog());
        json.put("compute_s", result == null ? null : result.computeSeconds());
        json.put("worker_peak_rss_mb", result == null ? null
                : Math.round(result.peakRssBytes() / 1048576.0 * 10) / 10.0);
        json.put("values", result == null ? null : result.values());
        json.put("files", result == null ? List.of() : result.files().stream()
                .map(f -> Map.<String, Object>of("path", f.path(), "bytes", f.bytes(), "crc32c", f.crc32c()))
                .toList());
        return json;
    }
}
