package io.sweep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerTest {
    private final Workload workload = new Workload() {
        @Override
        public String name() {
            return "test";
        }

        @Override
        public List<Task> plan() {
            return List.of();
        }

        @Override
        public Summary finish(List<TaskResult> done, Path outDir) {
            return new Summary(Map.of(), List.of());
        }
    };

    private final Task a = new Task("a", "test", Map.of("x", "1"));
    private final Task b = new Task("b", "test", Map.of("x", "2"));

    @Test
    void retriesUpToTheLimitThenRecordsTheFailure() {
        List<Ledger.Event> events = new ArrayList<>();
        Ledger ledger = new Ledger(List.of(a, b), workload, 1, events::add, results -> { });
        ledger.started(a, 1, 100);
        assertTrue(ledger.failed(a, 1, new Failure("killed by signal 9", 100, null, 9, 0.5)), "one retry left");
        ledger.started(a, 2, 101);
        assertFalse(ledger.failed(a, 2, new Failure("exited with code 3", 101, 3, null, 0.5)), "no retry left");
        Map<String, Object> json = ledger.toJson().get(0);
        assertEquals("failed", json.get("status"));
        assertEquals(2, json.get("attempts"));
        assertEquals(101L, json.get("pid"));
        assertEquals(3, json.get("exit_code"));
        assertEquals("tasks/a/task.log", json.get("log"));
        assertEquals(List.of("a failed after 2 attempts: exited with code 3 (log: tasks/a/task.log)"), ledger.failures());
        assertEquals(List.of("started", "retrying", "started", "failed"),
                events.stream().map(Ledger.Event::status).toList());
        List<Map<String, Object>> log = attemptLog(json);
        assertEquals(List.of("pid 100", "pid 101"), log.stream().map(e -> e.get("worker")).toList());
        assertEquals(List.of("failed", "failed"), log.stream().map(e -> e.get("outcome")).toList());
        assertEquals("exited with code 3", log.get(1).get("reason"));
        for (Map<String, Object> e : log) {
            assertFalse(java.time.Instant.parse((String) e.get("ended"))
                    .isBefore(java.time.Instant.parse((String) e.get("started"))), e.toString());
        }
    }

    @Test
    void theAttemptLogNamesEachWorkerAndClosesWhatWasInterrupted() {
        Ledger ledger = new Ledger(List.of(a, b), workload, 0, e -> { }, r -> { });
        ledger.started(a, 1, 0, "slurm 12_0");
        ledger.finished(a, 1, new TaskResult("a", Map.of(), List.of(), 0.2, 7), 0.3);
        ledger.started(b, 1, 0, "slurm 12_1");
        assertEquals(null, attemptLog(ledger.toJson().get(1)).get(0).get("ended"), "running: not ended yet");
        ledger.interrupt();
        List<Map<String, Object>> a1 = attemptLog(ledger.toJson().get(0));
        List<Map<String, Object>> b1 = attemptLog(ledger.toJson().get(1));
        assertEquals(List.of("slurm 12_0", "done"), List.of(a1.get(0).get("worker"), a1.get(0).get("outcome")));
        assertEquals(List.of("slurm 12_1", "interrupted"), List.of(b1.get(0).get("worker"), b1.get(0).get("outcome")));
        assertTrue(b1.get(0).get("ended") != null);
        assertEquals(null, b1.get(0).get("pid"), "a Slurm array task's pid is not known");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> attemptLog(Map<String, Object> task) {
        return (List<Map<String, Object>>) task.get("attempt_log");
    }

    @Test
    void finishedResultsArePassedOnInPlanOrderAndUnfinishedAreInterrupted() {
        List<List<TaskResult>> passed = new ArrayList<>();
        Ledger ledger = new Ledger(List.of(a, b), workload, 0, e -> { }, passed::add);
        ledger.started(b, 1, 7);
        ledger.finished(b, 1, new TaskResult("b", Map.of(), List.of(), 0.2, 7), 0.3);
        ledger.reuse(new TaskResult("a", Map.of(), List.of(), 0.1, 5));
        assertEquals(List.of("a", "b"), ledger.results().stream().map(TaskResult::key).toList());
        assertEquals(new Ledger.Counts(2, 2, 0, 0, 1), ledger.counts());
        assertEquals(1, passed.size());

        Ledger other = new Ledger(List.of(a, b), workload, 0, e -> { }, r -> { });
        long before = other.version();
        other.started(a, 1, 9);
        other.interrupt();
        assertTrue(other.version() > before);
        assertEquals("interrupted", other.toJson().get(0).get("status"));
        assertEquals("interrupted", other.toJson().get(1).get("status"));
    }
}
