package io.sweep.slurm;

import io.sweep.engine.AttemptListener;
import io.sweep.engine.Failure;
import io.sweep.engine.ResultRecords;
import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;
import io.sweep.slurm.ArrayJob.Attempt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How one followed array turns squeue answers and result records into attempt events. */
class ArrayJobTest {
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path out;

    /** Records the listener calls as strings, and wants every failure retried. */
    private static final class Events implements AttemptListener {
        final List<String> log = new ArrayList<>();
        final List<Failure> failures = new ArrayList<>();

        @Override
        public synchronized void started(Task task, int attempt, String worker, long pid) {
            log.add("started " + task.key() + "#" + attempt);
        }

        @Override
        public synchronized void finished(Task task, int attempt, TaskResult result, double wallSeconds) {
            log.add("finished " + task.key() + "#" + attempt);
        }

        @Override
        public synchronized boolean failed(Task task, int attempt, Failure failure) {
            log.add("failed " + task.key() + "#" + attempt);
            failures.add(failure);
            return true;
        }
    }

    private final Events events = new Events();
    private final List<Attempt> retry = new ArrayList<>();

    private static List<Attempt> attempts(int n) {
        List<Attempt> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new Attempt(new Task("t" + i, "selftest", Map.of("index", "" + i)), 1));
        }
        return list;
    }

    private ArrayJob job(int tasks, int perJob) {
        BatchScript script = new BatchScript("j", out, out.resolve("l"), out.resolve("t"), tasks, perJob, 2,
                List.of("w"), OptionalLong.empty());
        return new ArrayJob(9, script, attempts(tasks), 0);
    }

    private static Map<Integer, ArrayTaskState> states(String... indexAndState) {
        Map<Integer, ArrayTaskState> map = new HashMap<>();
        for (String s : indexAndState) {
            String[] f = s.split("=");
            map.put(Integer.parseInt(f[0]), new ArrayTaskState(9, Integer.parseInt(f[0]), f[1], "None"));
        }
        return map;
    }

    private void record(String key) throws IOException, InterruptedException {
        ResultRecords.write(out, new io.sweep.engine.Task(key, "test", Map.of()),
                new TaskResult(key, Map.of("x", 1), List.of(), 0.5, 77));
    }

    private boolean update(ArrayJob job, Map<Integer, ArrayTaskState> states, long now)
            throws InterruptedException {
        return job.update(states, now, events, new JobFiles(out), out,
                (id, index) -> Optional.of(new SlurmCommands.ExitStatus(3, 0)), retry);
    }

    @Test
    void recordsDecideAndFailuresAreRetriedAsNextAttempts() throws IOException, InterruptedException {
        ArrayJob job = job(3, 1);
        assertTrue(update(job, states("0=RUNNING", "1=PENDING", "2=PENDING"), SECOND));
        assertEquals(List.of("started t0#1"), events.log);

        record("t0");
        update(job, states("0=COMPLETED", "1=FAILED", "2=RUNNING"), 2 * SECOND);
        assertEquals(List.of("started t0#1", "finished t0#1", "started t1#1", "failed t1#1", "started t2#1"),
                events.log);
        assertEquals(List.of(new Attempt(new Task("t1", "selftest", Map.of("index", "1")), 2)), retry);
        assertTrue(events.failures.get(0).reason().contains("Slurm array task 9_1 ended FAILED without a result"),
                events.failures.get(0).reason());
        assertTrue(events.failures.get(0).reason().endsWith("log: slurm/logs/9_1.log"),
                events.failures.get(0).reason());
        assertEquals(3, events.failures.get(0).exitCode());
        assertFalse(job.over());
    }

    @Test
    void aVanishedTaskWithoutARecordFailsOnlyAfterTheGrace() throws InterruptedException {
        ArrayJob job = job(1, 1);
        update(job, states("0=RUNNING"), SECOND);
        update(job, Map.of(), 2 * SECOND);
        update(job, Map.of(), 2 * SECOND + ArrayJob.RECORD_GRACE_NANOS);
        assertEquals(List.of("started t0#1"), events.log);
        assertFalse(job.over());

        update(job, Map.of(), 3 * SECOND + ArrayJob.RECORD_GRACE_NANOS);
        assertEquals(List.of("started t0#1", "failed t0#1"), events.log);
        assertTrue(events.failures.get(0).reason().contains("left the queue without a result record"
                + " (last seen RUNNING)"), events.failures.get(0).reason());
        assertTrue(job.over());
    }

    @Test
    void aRecordThatLagsBehindCompletedIsStillFound() throws IOException, InterruptedException {
        ArrayJob job = job(1, 1);
        update(job, states("0=COMPLETED"), SECOND);
        assertFalse(job.over());
        record("t0");
        update(job, states("0=COMPLETED"), 5 * SECOND);
        assertEquals(List.of("started t0#1", "finished t0#1"), events.log);
        assertTrue(job.over());
    }

    @Test
    void aChunkSettlesEachOfItsTasksOnItsOwnRecord() throws IOException, InterruptedException {
        ArrayJob job = job(3, 2);
        record("t0");
        update(job, states("0=TIMEOUT", "1=PENDING"), SECOND);
        assertEquals(List.of("started t0#1", "started t1#1", "finished t0#1", "failed t1#1"), events.log);
        assertTrue(events.failures.get(0).reason().contains("ended TIMEOUT"), events.failures.get(0).reason());
        assertEquals(1, retry.size());
        assertFalse(job.over());

        record("t2");
        update(job, states("1=COMPLETED"), 2 * SECOND);
        assertEquals("finished t2#1", events.log.get(events.log.size() - 1));
        assertTrue(job.over());
    }

    @Test
    void aMalformedRecordIsAFailureNotAResult() throws IOException, InterruptedException {
        ArrayJob job = job(1, 1);
        java.nio.file.Files.createDirectories(ResultRecords.path(out, "t0").getParent());
        java.nio.file.Files.writeString(ResultRecords.path(out, "t0"), "{not json");
        update(job, states("0=COMPLETED"), SECOND);
        assertEquals(List.of("started t0#1", "failed t0#1"), events.log);
        assertTrue(events.failures.get(0).reason().contains("the result record of t0 cannot be read: "), events.failures.get(0).reason());
    }
}
