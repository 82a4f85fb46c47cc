package io.sweep.engine;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One attempt at a task, as manifest.json's {@code attempt_log} lists it.
 *
 * @param attempt the attempt's number, from 1
 * @param worker  who ran it, for people: "pid 1234", "thread sweep-task-3", "slurm 5678_3"
 * @param pid     the worker's process id; 0 where unknown
 * @param started when it began
 * @param ended   when it ended; null while it runs
 * @param outcome how it ended; null while it runs
 * @param failure the failure class when it failed
 */
public record AttemptRecord(int attempt, String worker, long pid, Instant started, Instant ended,
                            AttemptOutcome outcome, FailureClass failure) {

    public AttemptRecord end(AttemptOutcome how, FailureClass why, long workerPid) {
        // A Slurm worker's pid is known only from its result record; its name stays "slurm J_I".
        return new AttemptRecord(attempt, worker.equals("none") && workerPid > 0 ? "pid " + workerPid : worker,
                workerPid > 0 ? workerPid : pid, started, Instant.now(), how, why);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("attempt", attempt);
        json.put("worker", worker);
        json.put("pid", pid);
        json.put("started", started.toString());
        json.put("ended", ended == null ? null : ended.toString());
        json.put("outcome", outcome == null ? null : outcome.label());
        json.put("failure", failure == null ? null : failure.label());
        return json;
    }
}
