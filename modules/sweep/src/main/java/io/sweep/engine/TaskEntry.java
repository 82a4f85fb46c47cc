package io.sweep.engine;

import java.util.LinkedHashMap;
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

    TaskEntry(Task task) {
        this.task = task;
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
        if (result != null) {
            json.put("compute_s", result.computeSeconds());
            json.put("worker_peak_rss_mb", Math.round(result.peakRssBytes() / 1048576.0 * 10) / 10.0);
            json.put("values", result.values());
            json.put("files", result.files().stream()
                    .map(f -> Map.<String, Object>of("path", f.path(), "bytes", f.bytes(), "crc32c", f.crc32c()))
                    .toList());
        }
        return json;
    }
}
