package io.sweep.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ledger's record of one task, as manifest.json shows it. Mutated only under the ledger's lock. */
final class TaskEntry {
    final Task task;
    String status = "pending";
    boolean reused;
    int attempts;
    Long pid;
    Double wallSeconds;
    Integer exitCode;
    Integer signal;
    String reason;
    TaskResult result;
    /** Every attempt of this run: worker, start, end, outcome (manifest.json's attempt_log; report.html's timeline). */
    final List<Map<String, Object>> attemptLog = new ArrayList<>();

    TaskEntry(Task task) {
        this.task = task;
    }

    void attemptStarted(int attempt, String worker, long pid) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("attempt", attempt);
        entry.put("worker", worker);
        entry.put("pid", pid > 0 ? pid : null);
        entry.put("started", Instant.now().toString());
        entry.put("ended", null);
        entry.put("outcome", null);
        entry.put("failure", null);
        attemptLog.add(entry);
    }

    /** Closes the attempt under way, if one is: {@code outcome} is done, failed or interrupted. */
    void attemptEnded(String outcome, String reason) {
        if (attemptLog.isEmpty() || attemptLog.get(attemptLog.size() - 1).get("outcome") != null) {
            return;
        }
        Map<String, Object> entry = attemptLog.get(attemptLog.size() - 1);
        entry.put("ended", Instant.now().toString());
        entry.put("outcome", outcome);
        if (reason != null) {
            entry.put("reason", reason);
        }
    }

    Map<String, Object> toJson(Workload workload) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", task.key());
        json.putAll(workload.describe(task));
        json.put("status", status);
        if (reused) {
            json.put("reused", true);
        }
        json.put("attempts", attempts);
        json.put("pid", pid);
        json.put("wall_s", wallSeconds);
        json.put("exit_code", exitCode);
        json.put("signal", signal);
        if (reason != null) {
            json.put("reason", reason);
        }
        json.put("log", "tasks/" + task.key() + "/task.log");
        json.put("attempt_log", attemptLog.stream().map(LinkedHashMap::new).toList());
        if (result != null) {
            json.put("compute_s", result.computeSeconds());
            json.put("worker_peak_rss_mb", Math.round(result.peakRssBytes() / 1048576.0 * 10) / 10.0);
            json.put("values", result.values());
            json.put("files", result.files().stream()
                    .map(f -> Map.<String, Object>of("path", f.path(), "bytes", f.bytes(), "sha256", f.sha256()))
                    .toList());
        }
        return json;
    }
}
