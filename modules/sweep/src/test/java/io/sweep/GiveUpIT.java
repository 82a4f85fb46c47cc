package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every way a local sweep gives up, through the installed bin/sweep: the exit code, the failure
 * class in manifest.json, the attempts, and the reason on stderr. The engine's test workload
 * (hidden {@code --workload selftest}) injects the faults; each is real (a JVM that cannot start,
 * a heap that runs out, conjugate gradients stopped at their limit, a worker killed at its timeout).
 */
class GiveUpIT extends InstalledLauncherTest {

    private InstalledSweep sweep() {
        return InstalledSweep.of(installation, dir);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> attemptLog(Map<String, Object> task) {
        return (List<Map<String, Object>>) task.get("attempt_log");
    }

    @Test
    void aWorkerJvmThatCannotStartEndsTheSweepWithItsReasonInTheMessageAndInALogThatExists() throws Exception {
        Path out = dir.resolve("out");
        CommandResult result = sweep().with("SWEEP_WORKER_JAVA_OPTS", "-Xmx1k")
                .run("--alphas", "1,2,3,4", "--mesh", "8", "--procs", "2", "--out", out.toString());
        assertEquals(1, result.exitCode(), result::describe);
        assertTrue(result.stderr().contains("worker JVMs could not start twice in a row"), result::describe);
        assertEquals("failed", InstalledSweep.manifest(out).get("status"));
        assertTrue(Files.readString(out.resolve("norms.csv")).contains(",,,,,,,could-not-start\n"),
                "norms.csv lists the failed α with their failure class");
        List<Map<String, Object>> failed = InstalledSweep.tasks(out).stream()
                .filter(t -> "failed".equals(t.get("status"))).toList();
        assertFalse(failed.isEmpty(), result::describe);
        for (Map<String, Object> task : failed) {
            assertEquals("could-not-start", task.get("failure"), task.toString());
            assertTrue(((String) task.get("reason")).contains("Too small maximum heap"), task.toString());
            Path log = out.resolve((String) task.get("log"));
            assertTrue(Files.readString(log).contains("Too small maximum heap"), "the log named exists and says why");
            assertTrue(result.stderr().contains(task.get("key") + " failed (could-not-start)"), result::describe);
        }
    }

    @Test
    void aTimeoutThatKillsEveryAttemptFailsWithRetriesPlusOneAttempts() throws Exception {
        Path out = dir.resolve("out");
        CommandResult result = sweep().run("--workload", "selftest", "--selftest-tasks", "2", "--selftest-ms",
                "600000", "--timeout", "1s", "--retries", "1", "--procs", "2", "--out", out.toString());
        assertEquals(1, result.exitCode(), result::describe);
        for (Map<String, Object> task : InstalledSweep.tasks(out)) {
            assertEquals("failed", task.get("status"), task.toString());
            assertEquals("timeout", task.get("failure"), task.toString());
            assertEquals(2, task.get("attempts"), task.toString());
            assertEquals(List.of("timeout", "timeout"), attemptLog(task).stream().map(a -> a.get("failure")).toList());
            assertTrue(((String) task.get("reason")).startsWith("timed out after 1s"), task.toString());
        }
    }

    @Test
    void aWorkerOutOfMemoryIsOutOfMemoryAndNotRetried() throws Exception {
        Path out = dir.resolve("out");
        CommandResult result = sweep().with("SWEEP_WORKER_JAVA_OPTS", "-Xmx48m").run("--workload", "selftest",
                "--selftest-tasks", "2", "--selftest-ms", "1", "--selftest-oom", "0", "--retries", "2",
                "--out", out.toString());
        assertEquals(1, result.exitCode(), result::describe);
        Map<String, Object> task = InstalledSweep.tasks(out).get(0);
        assertEquals("out-of-memory", task.get("failure"), task.toString());
        assertEquals(1, task.get("attempts"), "the same heap fails the same way: no retry");
        assertEquals("done", InstalledSweep.tasks(out).get(1).get("status"));
        assertTrue(result.stderr().contains("task-0 failed (out-of-memory) after 1 attempt: OutOfMemoryError"),
                result::describe);
    }

    @Test
    void theSolversMemoryCheckIsOutOfMemoryAndNotRetried() throws Exception {
        Path out = dir.resolve("out");
        CommandResult result = sweep().with("SWEEP_WORKER_JAVA_OPTS", "-Xmx64m").run("--alphas", "1", "--mesh", "1024",
                "--retries", "2", "--out", out.toString());
        assertEquals(1, result.exitCode(), result::describe);
        Map<String, Object> task = InstalledSweep.tasks(out).get(0);
        assertEquals("out-of-memory", task.get("failure"), task.toString());
        assertEquals(1, task.get("attempts"), "a retry in the same heap cannot pass the check");
        assertTrue(((String) task.get("reason")).contains("needs about"), task.toString());
    }

    @Test
    void aSolveThatCannotConvergeIsNoConvergenceAndNotRetried() throws Exception {
        Path out = dir.resolve("out");
        CommandResult result = sweep().run("--workload", "selftest", "--selftest-tasks", "3", "--selftest-ms", "1",
                "--selftest-no-convergence", "1", "--retries", "2", "--out", out.toString());
        assertEquals(1, result.exitCode(), result::describe);
        List<Map<String, Object>> tasks = InstalledSweep.tasks(out);
        assertEquals("no-convergence", tasks.get(1).get("failure"), tasks.get(1).toString());
        assertEquals(1, tasks.get(1).get("attempts"));
        assertTrue(((String) tasks.get(1).get("reason")).contains("stopped at their limit of 2 iterations"),
                tasks.get(1).toString());
        assertEquals(List.of("done", "failed", "done"), tasks.stream().map(t -> t.get("status")).toList());
        assertTrue(result.stdout().contains("2 of 3 tasks done, 1 failed"), result::describe);
    }

    @Test
    void aValueThatIsNotFiniteFailsItsTaskAlone() throws Exception {
        Path out = dir.resolve("out");
        CommandResult result = sweep().run("--workload", "selftest", "--selftest-tasks", "2", "--selftest-ms", "1",
                "--selftest-nan", "0", "--out", out.toString());
        assertEquals(1, result.exitCode(), result::describe);
        Map<String, Object> task = InstalledSweep.tasks(out).get(0);
        assertEquals("not-finite", task.get("failure"), task.toString());
        assertEquals(1, task.get("attempts"));
        assertEquals("done", InstalledSweep.tasks(out).get(1).get("status"));
    }

    @Test
    void haltNowStopsTheSweepWithinASecondOfTheFirstFailure() throws Exception {
        Path out = dir.resolve("out");
        // Task 1's worker ends itself at once (exit 3); the others would sleep ten minutes.
        CommandResult result = sweep().run("--workload", "selftest", "--selftest-tasks", "4", "--selftest-ms",
                "600000", "--selftest-crash", "1", "--retries", "0", "--halt", "now,fail=1", "--procs", "2",
                "--out", out.toString());
        assertEquals(1, result.exitCode(), result::describe);
        Map<String, Object> manifest = InstalledSweep.manifest(out);
        List<Map<String, Object>> tasks = InstalledSweep.tasks(out);
        Map<String, Object> crashed = tasks.get(1);
        assertEquals("failed", crashed.get("status"), crashed.toString());
        assertEquals("crashed", crashed.get("failure"));
        Instant failedAt = Instant.parse((String) attemptLog(crashed).get(0).get("ended"));
        Instant ended = Instant.parse((String) manifest.get("ended"));
        assertTrue(Duration.between(failedAt, ended).toMillis() < 1000,
                "the sweep ended " + Duration.between(failedAt, ended) + " after the failure");
        assertEquals("interrupted", tasks.get(0).get("status"), "the running task was stopped");
        assertTrue(result.stderr().contains("sweep stopped (--halt now,fail=1)"), result::describe);
    }

    @Test
    void haltSoonLetsTheRunningTaskFinishAndStartsNothingMore() throws Exception {
        Path out = dir.resolve("out");
        CommandResult result = sweep().run("--workload", "selftest", "--selftest-tasks", "4", "--selftest-ms",
                "1500", "--selftest-crash", "1", "--retries", "0", "--halt", "soon", "--procs", "2",
                "--out", out.toString());
        assertEquals(1, result.exitCode(), result::describe);
        List<Map<String, Object>> tasks = InstalledSweep.tasks(out);
        assertEquals(List.of("done", "failed", "planned", "planned"), tasks.stream().map(t -> t.get("status")).toList(),
                result::describe);
        assertTrue(result.stdout().contains("1 of 4 tasks done, 1 failed, 2 not finished"), result::describe);
    }

    @Test
    void procsAboveTheTaskCountStartOneWorkerPerTask() throws Exception {
        Path out = dir.resolve("out");
        CommandResult result = sweep().run("--workload", "selftest", "--selftest-tasks", "2", "--selftest-ms", "300",
                "--procs", "8", "--out", out.toString());
        assertEquals(0, result.exitCode(), result::describe);
        @SuppressWarnings("unchecked")
        Map<String, Object> parameters = (Map<String, Object>) InstalledSweep.manifest(out).get("parameters");
        assertEquals(2, parameters.get("procs"), parameters.toString());
        assertEquals(2, InstalledSweep.tasks(out).stream().map(t -> t.get("pid")).distinct().count());
    }

    @Test
    void optionsTheChosenBackendIgnoresAreRefusedAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("out");
        for (List<String> args : List.of(List.of("--mode", "threads", "--backend", "slurm"),
                List.of("--backend", "threads", "--max-tasks-per-child", "2"),
                List.of("--backend", "processes", "--tasks-per-job", "2"),
                List.of("--mode", "sequential", "--slurm-option=--mem=1G"),
                List.of("--backend", "pbs"), List.of("--halt", "sometimes"))) {
            List<String> all = new java.util.ArrayList<>(args);
            all.addAll(List.of("--alphas", "1", "--mesh", "8", "--out", out.toString()));
            CommandResult result = sweep().run(all.toArray(String[]::new));
            assertEquals(2, result.exitCode(), result::describe);
            assertEquals(1, result.stderrLines().size(), result::describe);
            assertFalse(result.stderr().contains("Exception"), result::describe);
            assertFalse(Files.exists(out), "nothing written for " + args);
        }
    }
}
