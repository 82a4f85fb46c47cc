package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workers are reused like multiprocessing.Pool's, --max-tasks-per-child limits that, and the modes agree. */
class SchedulingIT {
    @TempDir
    Path dir;

    private Set<Long> pids(Path out) throws Exception {
        Set<Long> pids = new HashSet<>();
        for (Map<String, Object> task : SweepLauncher.tasks(SweepLauncher.manifest(out).orElseThrow())) {
            pids.add(((Number) task.get("pid")).longValue());
        }
        return pids;
    }

    @Test
    void aWorkerTakesSeveralTasksUnlessMaxTasksPerChildSaysOtherwise() throws Exception {
        Path reused = dir.resolve("reused");
        CommandResult result = new SweepLauncher(dir).run("--workload", "selftest", "--selftest-tasks", "6",
                "--selftest-ms", "10", "--procs", "2", "--out", reused.toString());
        assertEquals(0, result.exitCode(), result::describe);
        assertTrue(pids(reused).size() <= 2, "two workers for six tasks: " + pids(reused));

        Path fresh = dir.resolve("fresh");
        result = new SweepLauncher(dir).run("--workload", "selftest", "--selftest-tasks", "6", "--selftest-ms", "10",
                "--procs", "2", "--max-tasks-per-child", "1", "--out", fresh.toString());
        assertEquals(0, result.exitCode(), result::describe);
        assertEquals(6, pids(fresh).size(), "a fresh JVM per task");
    }

    @Test
    void threadsAndSequentialModesGiveTheSameResultsInThisJvm() throws Exception {
        for (String mode : List.of("threads", "sequential", "processes")) {
            Path out = dir.resolve(mode);
            CommandResult result = new SweepLauncher(dir).run("--workload", "selftest", "--selftest-tasks", "4",
                    "--selftest-ms", "10", "--procs", "2", "--mode", mode, "--out", out.toString());
            assertEquals(0, result.exitCode(), result::describe);
            assertEquals("4 tasks, sum of squares 14\n", Files.readString(out.resolve("selftest.txt")));
            Map<String, Object> manifest = SweepLauncher.manifest(out).orElseThrow();
            assertEquals(mode, manifest.get("backend"));
            if (!mode.equals("processes")) {
                assertEquals(Set.of(((Number) manifest.get("pid")).longValue()), pids(out), "tasks ran in the parent");
            }
        }
    }

    @Test
    void plainProgressPrintsOneLinePerFinishedTaskAndQuietNone() throws Exception {
        Path out = dir.resolve("out");
        CommandResult result = new SweepLauncher(dir).run("--workload", "selftest", "--selftest-tasks", "3",
                "--selftest-ms", "10", "--procs", "2", "--out", out.toString());
        assertEquals(3, result.stderrLines().stream().filter(l -> l.matches("\\[\\d/3] task-\\d done .*")).count(),
                result::describe);
        CommandResult quiet = new SweepLauncher(dir).run("--workload", "selftest", "--selftest-tasks", "3",
                "--selftest-ms", "10", "--procs", "2", "--out", dir.resolve("quiet").toString(), "--quiet");
        assertEquals("", quiet.stderr(), quiet::describe);
    }
}
