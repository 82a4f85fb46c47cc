package io.sweep.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sweep.engine.AttemptListener;
import io.sweep.engine.Failure;
import io.sweep.engine.ResultRecords;
import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;
import io.sweep.workloads.selftest.SelftestRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scheduling in threads: at most N at once, retries until the listener says stop, timeouts. */
class InProcessBackendTest {
    @TempDir
    Path out;

    private static Task task(int i, int millis, boolean fail) {
        return new Task("task-" + i, "selftest", Map.of("index", "" + i, "millis", "" + millis, "crash", "false",
                "fail", "" + fail));
    }

    /** Records attempts; retries up to {@code retries} times. */
    private static final class Recorder implements AttemptListener {
        final int retries;
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger maxRunning = new AtomicInteger();
        final Map<String, TaskResult> done = new ConcurrentHashMap<>();
        final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

        Recorder(int retries) {
            this.retries = retries;
        }

        @Override
        public void started(Task task, int attempt, String worker, long pid) {
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
        }

        @Override
        public void finished(Task task, int attempt, TaskResult result, double wallSeconds) {
            running.decrementAndGet();
            done.put(task.key(), result);
        }

        @Override
        public boolean failed(Task task, int attempt, Failure failure) {
            running.decrementAndGet();
            failures.add(task.key() + "#" + attempt + ": " + failure.reason());
            return attempt <= retries;
        }
    }

    private PoolSettings settings(int parallelism, Optional<Duration> timeout) {
        return new PoolSettings(out, parallelism, timeout, 0, SelftestRunner.class.getName());
    }

    @Test
    void runsEveryTaskAtMostNAtOnceAndWritesResultRecords() throws Exception {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tasks.add(task(i, 30, false));
        }
        Recorder recorder = new Recorder(0);
        new InProcessBackend("threads", settings(2, Optional.empty())).run(tasks, recorder);
        assertEquals(6, recorder.done.size());
        assertTrue(recorder.maxRunning.get() <= 2, "at most 2 at once, saw " + recorder.maxRunning.get());
        assertEquals(25.0, recorder.done.get("task-5").number("square"));
        assertTrue(ResultRecords.read(out, "task-5").isPresent(), "the record makes the task done");
    }

    @Test
    void aFailingTaskIsRetriedThenGivenUpWhileOthersFinish() throws Exception {
        Recorder recorder = new Recorder(2);
        new InProcessBackend("sequential", settings(1, Optional.empty()))
                .run(List.of(task(0, 0, false), task(1, 0, true), task(2, 0, false)), recorder);
        assertEquals(List.of("task-1#1: IllegalStateException: task 1 fails on purpose",
                "task-1#2: IllegalStateException: task 1 fails on purpose",
                "task-1#3: IllegalStateException: task 1 fails on purpose"), recorder.failures);
        assertEquals(2, recorder.done.size());
        assertTrue(ResultRecords.read(out, "task-1").isEmpty());
    }

    @Test
    void aTaskOverItsTimeoutFailsAndTheRunEnds() throws Exception {
        Recorder recorder = new Recorder(0);
        new InProcessBackend("threads", settings(2, Optional.of(Duration.ofMillis(200))))
                .run(List.of(task(0, 60_000, false), task(1, 0, false)), recorder);
        assertEquals(1, recorder.failures.size());
        assertTrue(recorder.failures.get(0).startsWith("task-0#1: timed out"), recorder.failures.get(0));
        assertTrue(recorder.done.containsKey("task-1"));
    }
}
