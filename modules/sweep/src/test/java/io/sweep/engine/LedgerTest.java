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
    private final Workload workload = new TestWorkload(List.of());

    private final Task a = new Task("a", "test", Map.of("x", "1"));
    private final Task b = new Task("b", "test", Map.of("x", "2"));
    private final Task c = new Task("c", "test", Map.of("x", "3"));
    private final List<Ledger.Halt> halts = new ArrayList<>();

    private Ledger ledger(List<Task> tasks, int retries, HaltPolicy halt, List<Ledger.Event> events) {
        return new Ledger(tasks, Path.of("/out"), workload, retries, halt, events::add, r -> { }, halts::add);
    }

    private static Failure ended(long pid, Integer code, Integer signal) {
        return new Failure(Failure.Fact.ENDED, code != null ? "exited with code " + code : "killed by signal " + signal,
                pid, code, signal, 0.5, null);
    }

    @Test
    void retriesUpToTheLimitThenRecordsTheFailureWithItsClassAndEveryAttempt() {
        List<Ledger.Event> events = new ArrayList<>();
        Ledger ledger = ledger(List.of(a, b), 1, HaltPolicy.NEVER, events);
        ledger.started(a, 1, "pid 100", 100);
        assertTrue(ledger.failed(a, 1, ended(100, null, 9)), "one retry left");
        assertEquals("planned", ledger.toJson().get(0).get("status"), "waiting for its retry");
        ledger.started(a, 2, "pid 101", 101);
        assertFalse(ledger.failed(a, 2, ended(101, 3, null)), "no retry left");
        Map<String, Object> json = ledger.toJson().get(0);
        assertEquals("failed", json.get("status"));
        assertEquals("crashed", json.get("failure"));
        assertEquals(2, json.get("attempts"));
        assertEquals(101L, json.get("pid"));
        assertEquals(3, json.get("exit_code"));
        assertEquals("tasks/a/task.log", json.get("log"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> log = (List<Map<String, Object>>) json.get("attempt_log");
        assertEquals(List.of("killed", "crashed"), log.stream().map(m -> m.get("failure")).toList());
        assertEquals(List.of("pid 100", "pid 101"), log.stream().map(m -> m.get("worker")).toList());
        assertEquals(List.of("failed", "failed"), log.stream().map(m -> m.get("outcome")).toList());
        assertEquals(List.of("a failed (crashed) after 2 attempts: exited with code 3 (it printed nothing: no log)"),
                ledger.failures());
        assertEquals(List.of(Ledger.Kind.STARTED, Ledger.Kind.RETRYING, Ledger.Kind.STARTED, Ledger.Kind.FAILED),
                events.stream().map(Ledger.Event::kind).toList());
        assertEquals(1, events.get(3).number(), "the first task to end");
    }

    @Test
    void failuresNoRetryCanChangeAreNotRetried() {
        Ledger ledger = ledger(List.of(a, b, c), 5, HaltPolicy.NEVER, new ArrayList<>());
        assertFalse(ledger.failed(a, 1, Failure.threw(FailureClass.NO_CONVERGENCE, "CG", 1, 0.1)));
        assertFalse(ledger.failed(b, 1, Failure.threw(FailureClass.OUT_OF_MEMORY, "memory check", 1, 0.1)));
        assertFalse(ledger.failed(c, 1, Failure.threw(FailureClass.ofThrowable(
                new java.io.IOException("write failed: No space left on device")), "full", 1, 0.1)));
        assertEquals(List.of("no-convergence", "out-of-memory", "disk-full"),
                ledger.toJson().stream().map(m -> m.get("failure")).toList());
        assertEquals(List.of(), halts);
    }

    @Test
    void twoInfrastructureFailuresInARowEndTheSweepAndASuccessBetweenThemDoesNot() {
        Ledger ledger = ledger(List.of(a, b, c), 2, HaltPolicy.NEVER, new ArrayList<>());
        assertTrue(ledger.failed(a, 1, Failure.of(Failure.Fact.COULD_NOT_START, "Too small maximum heap")));
        ledger.finished(b, 1, new TaskResult("b", Map.of(), List.of(), 0.1, 7), 0.2);
        assertTrue(ledger.failed(a, 2, Failure.of(Failure.Fact.COULD_NOT_START, "Too small maximum heap")),
                "the success in between reset the count");
        assertFalse(ledger.failed(c, 1, Failure.of(Failure.Fact.SUBMIT_FAILED, "sbatch: invalid partition")));
        assertEquals(1, halts.size());
        assertTrue(halts.get(0).now());
        assertTrue(halts.get(0).reason().contains("twice in a row"), halts.get(0).reason());
        ledger.settle(false);
        assertEquals(List.of("failed", "done", "failed"), ledger.toJson().stream().map(m -> m.get("status")).toList(),
                "a, waiting for a retry when the sweep ended, failed");
    }

    @Test
    void haltNowAfterOneFailureAndSoonAfterAShare() {
        Ledger now = ledger(List.of(a, b, c), 0, HaltPolicy.parse("now,fail=1"), new ArrayList<>());
        now.started(b, 1, "pid 2", 2);
        now.failed(a, 1, ended(1, 1, null));
        assertEquals(List.of(new Ledger.Halt(true, "sweep stopped (--halt now,fail=1): 1 failed")), halts);
        now.settle(false);
        assertEquals(List.of("failed", "interrupted", "planned"),
                now.toJson().stream().map(m -> m.get("status")).toList());
        halts.clear();
        Ledger soon = ledger(List.of(a, b, c), 0, HaltPolicy.parse("soon,fail=50%"), new ArrayList<>());
        soon.failed(a, 1, ended(1, 1, null));
        assertEquals(List.of(), halts, "1 of 3 is under 50%");
        soon.failed(b, 1, ended(1, 1, null));
        assertEquals(1, halts.size());
        assertFalse(halts.get(0).now());
    }

    @Test
    void finishedResultsArePassedOnInPlanOrderAndUnfinishedAreInterrupted() {
        List<java.util.function.Supplier<List<TaskResult>>> passed = new ArrayList<>();
        Ledger ledger = new Ledger(List.of(a, b), Path.of("/out"), workload, 0, HaltPolicy.NEVER, e -> { },
                passed::add, halts::add);
        ledger.started(b, 1, "pid 7", 7);
        ledger.finished(b, 1, new TaskResult("b", Map.of(), List.of(), 0.2, 7), 0.3);
        assertEquals(List.of("b"), passed.get(0).get().stream().map(TaskResult::key).toList(), "the results so far");
        ledger.keep(new TaskResult("a", Map.of(), List.of(), 0.1, 5));
        assertEquals(List.of("a", "b"), ledger.results().stream().map(TaskResult::key).toList());
        assertEquals(new Ledger.Counts(2, 2, 0, 0, 1), ledger.counts());
        assertEquals(List.of("kept", "done"), ledger.toJson().stream().map(m -> m.get("status")).toList());
        assertEquals(1, passed.size());

        Ledger other = ledger(List.of(a, b), 0, HaltPolicy.NEVER, new ArrayList<>());
        long before = other.version();
        other.started(a, 1, "pid 9", 9);
        other.settle(true);
        assertTrue(other.version() > before);
        assertEquals("interrupted", other.toJson().get(0).get("status"));
        assertEquals("interrupted", other.toJson().get(1).get("status"));
    }

    @Test
    void aSlurmAttemptKeepsItsArrayTaskAsWorkerAndLearnsItsPidFromTheRecord() {
        Ledger ledger = ledger(List.of(a), 0, HaltPolicy.NEVER, new ArrayList<>());
        ledger.started(a, 1, "slurm 5678_3", 0);
        ledger.finished(a, 1, new TaskResult("a", Map.of(), List.of(), 0.1, 4321), 0.2);
        @SuppressWarnings("unchecked")
        Map<String, Object> attempt = ((List<Map<String, Object>>) ledger.toJson().get(0).get("attempt_log")).get(0);
        assertEquals("slurm 5678_3", attempt.get("worker"));
        assertEquals(4321L, attempt.get("pid"));
        assertEquals("done", attempt.get("outcome"));
    }

    @Test
    void aTaskTheBackendLeftUnfinishedHasFailedNotSucceeded() {
        Ledger ledger = ledger(List.of(a, b), 2, HaltPolicy.NEVER, new ArrayList<>());
        ledger.finished(a, 1, new TaskResult("a", Map.of(), List.of(), 0.1, 7), 0.2);
        assertTrue(ledger.failed(b, 1, Failure.of(Failure.Fact.SUBMIT_FAILED, "sbatch: exit 1")));
        ledger.settle(false);
        assertEquals("failed", ledger.toJson().get(1).get("status"));
        assertEquals(1, ledger.counts().failed());
    }

    @Test
    void haltGrammarIsGnuParallels() {
        assertEquals(HaltPolicy.NEVER, HaltPolicy.parse("never"));
        assertEquals(new HaltPolicy(HaltPolicy.When.NOW, 1, 0), HaltPolicy.parse("now"));
        assertEquals(new HaltPolicy(HaltPolicy.When.SOON, 0, 20), HaltPolicy.parse("soon,fail=20%"));
        assertEquals("now,fail=3", HaltPolicy.parse("NOW,fail=3").label());
        for (String bad : List.of("sometimes", "now,fail=0", "soon,fail=101%", "never,fail=1", "now,fail=x")) {
            org.junit.jupiter.api.Assertions.assertThrows(io.sweep.config.BadInputException.class,
                    () -> HaltPolicy.parse(bad), bad);
        }
    }

    @Test
    void countsAndTheManifestTextFollowEveryChangeOfStatus() {
        Ledger ledger = ledger(List.of(a, b, c), 1, HaltPolicy.NEVER, new ArrayList<>());
        assertEquals(new Ledger.Counts(3, 0, 0, 0, 0), ledger.counts());
        List<io.sweep.results.Json.Written> before = ledger.manifestEntries();
        ledger.keep(new TaskResult("c", Map.of(), List.of(), 0.1, 5));
        ledger.started(a, 1, "pid 7", 7);
        ledger.started(b, 1, "pid 8", 8);
        assertEquals(new Ledger.Counts(3, 1, 2, 0, 1), ledger.counts());
        ledger.finished(a, 1, new TaskResult("a", Map.of(), List.of(), 0.1, 7), 0.2);
        assertTrue(ledger.failed(b, 1, ended(8, 3, null)), "retried");
        assertEquals(new Ledger.Counts(3, 2, 0, 0, 1), ledger.counts());
        ledger.started(b, 2, "pid 9", 9);
        assertFalse(ledger.failed(b, 2, ended(9, 3, null)));
        assertEquals(new Ledger.Counts(3, 2, 0, 1, 1), ledger.counts());
        List<io.sweep.results.Json.Written> after = ledger.manifestEntries();
        List<Map<String, Object>> fresh = ledger.toJson();
        for (int i = 0; i < 3; i++) {
            assertEquals(io.sweep.results.Json.pretty(fresh.get(i), Ledger.MANIFEST_DEPTH), after.get(i), "task " + i + " as it is now");
            assertFalse(before.get(i).equals(after.get(i)), "task " + i + " changed");
        }
        assertTrue(after.get(0) == ledger.manifestEntries().get(0), "an unchanged task's text is reused");
    }

    @Test
    void aRunningTaskWhoseRecordIsFoundAfterTheBackendStoppedIsDone() {
        List<Ledger.Event> events = new ArrayList<>();
        Ledger ledger = ledger(List.of(a, b), 0, HaltPolicy.NEVER, events);
        ledger.started(a, 1, "pid 7", 7);
        ledger.started(b, 1, "pid 8", 8);
        assertEquals(List.of(a, b), ledger.running());
        ledger.foundDone(a, new TaskResult("a", Map.of(), List.of(), 0.1, 7));
        ledger.settle(true);
        assertEquals(new Ledger.Counts(2, 1, 0, 0, 0), ledger.counts());
        assertEquals(List.of("done", "interrupted"), ledger.toJson().stream().map(m -> m.get("status")).toList());
        assertEquals(1, events.get(events.size() - 1).number(), "numbered as the first to end");
    }
}
