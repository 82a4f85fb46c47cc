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
