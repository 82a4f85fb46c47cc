package io.sweep.results.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One task as manifest.json records it.
 *
 * @param parameters its parameter values: the manifest's {@code parameters} object when it has one,
 *                   else every field of the task that is not one of the engine's own
 * @param values     what the task computed (norms, iterations, ...), empty until it is done
 * @param vtus       its .vtu files, relative to the output directory
 */
record TaskRow(String key, Map<String, Object> parameters, TaskStatus status, String failure, String reason,
               int attempts, Double wallSeconds, Double computeSeconds, Double peakRssMb,
               Map<String, Object> values, String log, List<String> vtus, List<Attempt> attemptLog) {

    /** The fields the engine writes for every task; the rest of a task's fields are its parameters. */
    private static final Set<String> ENGINE_FIELDS = Set.of("key", "parameters", "status", "reused", "failure",
            "reason", "attempts", "attempt_log", "pid", "wall_s", "compute_s", "worker_peak_rss_mb", "exit_code",
            "signal", "log", "values", "files");

    /** The same row with no log (its file is not there: the task printed nothing). */
    TaskRow withoutLog() {
        return new TaskRow(key, parameters, status, failure, reason, attempts, wallSeconds, computeSeconds, peakRssMb,
                values, null, vtus, attemptLog);
    }

    static TaskRow from(Map<String, Object> json) {
        String key = Fields.string(json, "key");
        if (key == null) {
            throw new IllegalArgumentException("a task has no key");
        }
        Map<String, Object> parameters = new LinkedHashMap<>(Fields.map(json, "parameters"));
        if (parameters.isEmpty()) {
            json.forEach((name, value) -> {
                if (!ENGINE_FIELDS.contains(name)) {
                    parameters.put(name, value);
                }
            });
        }
        List<String> vtus = new ArrayList<>();
        for (Map<String, Object> file : Fields.maps(json, "files")) {
            String path = Fields.string(file, "path");
            if (path != null && path.endsWith(".vtu")) {
                vtus.add(path);
            }
        }
        return new TaskRow(key, parameters,
                TaskStatus.parse(Fields.string(json, "status"), Boolean.TRUE.equals(json.get("reused"))),
                Fields.string(json, "failure"), Fields.string(json, "reason"), Fields.whole(json, "attempts"),
                Fields.number(json, "wall_s"), Fields.number(json, "compute_s"),
                Fields.number(json, "worker_peak_rss_mb"), Fields.map(json, "values"), Fields.string(json, "log"),
                vtus, attempts(json));
    }

    private static List<Attempt> attempts(Map<String, Object> json) {
        List<Attempt> attempts = new ArrayList<>();
        for (Map<String, Object> a : Fields.maps(json, "attempt_log")) {
            String worker = Fields.string(a, "worker");
            if (worker == null) {
                worker = a.get("pid") instanceof Number pid ? "pid " + pid.longValue() : "unknown worker";
            }
            String outcome = Fields.string(a, "outcome");
            attempts.add(new Attempt(Fields.whole(a, "attempt"), worker, Fields.instant(a, "started"),
                    Fields.instant(a, "ended"), outcome == null ? "running" : outcome, Fields.string(a, "failure")));
        }
        return attempts;
    }
}
