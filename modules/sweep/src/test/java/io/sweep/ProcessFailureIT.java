package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Children that crash, are killed or overrun fail only their own task, which is retried in a
 * fresh child while the others finish; the parent killed by SIGKILL leaves no child behind; the
 * parent stopped by SIGTERM leaves a manifest that says what was interrupted. The engine's test
 * workload (hidden {@code --workload selftest}) gives tasks that sleep long enough to be killed.
 */
class ProcessFailureIT {
    @TempDir
    Path dir;

    @Test
    void aChildKilledWithSigkillFailsOnlyItsTaskWhichIsRetriedInAFreshChild() throws Exception {
        Path out = dir.resolve("out");
        SweepLauncher sweep = new SweepLauncher(dir);
        Process parent = sweep.start("--workload", "selftest", "--selftest-tasks", "4", "--selftest-ms", "3000",
                "--procs", "2", "--retries", "1", "--out", out.toString());
        long victim = SweepLauncher.runningPids(out, 1).get(0);
        assertNotEquals(parent.pid(), victim, "tasks run in children");
        ProcessHandle.of(victim).orElseThrow().destroyForcibly();
        assertTrue(parent.waitFor(2, TimeUnit.MINUTES));
        CommandResult result = sweep.result(parent.exitValue());
        assertEquals(0, result.exitCode(), result::describe);

        Map<String, Object> manifest = SweepLauncher.manifest(out).orElseThrow();
        assertEquals("done", manifest.get("status"));
        int retried = 0;
        for (Map<String, Object> task : SweepLauncher.tasks(manifest)) {
            assertEquals("done", task.get("status"), task.toString());
            int attempts = ((Number) task.get("attempts")).intValue();
            if (attempts == 2) {
                retried++;
                assertNotEquals(victim, ((Number) task.get("pid")).longValue(), "the retry ran in a fresh child");
            } else {
                assertEquals(1, attempts, task.toString());
            }
        }
        assertEquals(1, retried, "exactly the killed task was retried: " + manifest);
        assertTrue(result.stderr().contains("retrying (attempt 1") && result.stderr().contains("killed by signal 9"),
                result::describe);
    }

    @Test
    void aCrashingChildAndAFailingTaskLeaveTheOthersDoneAndExitOne() throws Exception {
        Path out = dir.resolve("out");
        CommandResult result = new SweepLauncher(dir).run("--workload", "selftest", "--selftest-tasks", "5",
                "--selftest-ms", "50", "--selftest-crash", "1", "--selftest-fail", "3", "--retries", "2", "--procs", "2",
                "--out", out.toString());
        assertEquals(1, result.exitCode(), result::describe);
        List<String> failures = result.stderrLines().stream().filter(l -> l.matches("sweep: .* failed \\(\\S+\\) after .*")).toList();
        assertEquals(1, failures.size(), result::describe);
        assertTrue(failures.get(0).contains("task-3 failed (crashed) after 3 attempts"), failures.get(0));
        assertTrue(failures.get(0).contains("fails on purpose") && failures.get(0).contains("tasks/task-3/task.log"),
                failures.get(0));
        Map<String, Object> manifest = SweepLauncher.manifest(out).orElseThrow();
        assertEquals("failed", manifest.get("status"));
        Map<String, Object> crashed = SweepLauncher.tasks(manifest).get(1);
        assertEquals("done", crashed.get("status"));
        assertEquals(2, crashed.get("attempts"), "the crash (exit 3 mid-task) was retried once");
        assertTrue(Files.readString(out.resolve("tasks/task-3/task.log")).contains("IllegalStateException"),
                "the stack trace is in the task's log");
        assertEquals("4 tasks, sum of squares 21\n", Files.readString(out.resolve("selftest.txt")));
    }

    @Test
    void aTaskOverItsTimeoutIsKilledAndTheSweepEnds() throws Exception {
        Path out = dir.resolve("out");
        CommandResult result = new SweepLauncher(dir).run("--workload", "selftest", "--selftest-tasks", "2",
                "--selftest-ms", "600000", "--timeout", "1s", "--retries", "1", "--procs", "2", "--out", out.toString());
        assertEquals(1, result.exitCode(), result::describe);
        for (Map<String, Object> task : SweepLauncher.tasks(SweepLauncher.manifest(out).orElseThrow())) {
            assertEquals("failed", task.get("status"));
            assertEquals(2, task.get("attempts"));
            assertTrue(((String) task.get("reason")).startsWith("timed out after 1s"), task.toString());
            assertEquals(9, task.get("signal"), task.toString());
        }
    }

    @Test
    void theParentKilledWithSigkillLeavesNoChildAfterTwoSeconds() throws Exception {
        Path out = dir.resolve("out");
        Process parent = new SweepLauncher(dir).start("--workload", "selftest", "--selftest-tasks", "4",
                "--selftest-ms", "600000", "--procs", "2", "--out", out.toString());
        List<Long> children = SweepLauncher.runningPids(out, 2);
        parent.destroyForcibly();
        assertTrue(parent.waitFor(10, TimeUnit.SECONDS));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        Set<Long> alive = new HashSet<>(children);
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            alive.removeIf(pid -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
            Thread.sleep(20);
        }
        children.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        assertEquals(Set.of(), alive, "children still alive 2 s after their parent was killed");
    }

    @Test
    void sigtermStopsTheChildrenAndRecordsTheInterruptedTasks() throws Exception {
        Path out = dir.resolve("out");
        SweepLauncher sweep = new SweepLauncher(dir);
        Process parent = sweep.start("--workload", "selftest", "--selftest-tasks", "4", "--selftest-ms", "600000",
                "--procs", "2", "--out", out.toString());
        List<Long> children = SweepLauncher.runningPids(out, 2);
        parent.destroy();
        assertTrue(parent.waitFor(20, TimeUnit.SECONDS), "SIGTERM ends the sweep");
        assertEquals(143, parent.exitValue());
        for (long pid : children) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "child " + pid + " stopped");
        }
        Map<String, Object> manifest = SweepLauncher.manifest(out).orElseThrow();
        assertEquals("interrupted", manifest.get("status"));
        assertTrue(manifest.get("ended") != null);
        for (Map<String, Object> task : SweepLauncher.tasks(manifest)) {
            assertEquals("interrupted", task.get("status"), task.toString());
        }
    }
}
