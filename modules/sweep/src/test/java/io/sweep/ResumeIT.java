package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running the same command again finishes only what is missing, failed or corrupt, and keeps the
 * rest after checking its checksums; another problem in the same directory is refused, and so is
 * a second sweep running into it.
 */
class ResumeIT {
    @TempDir
    Path dir;

    private static final String[] SWEEP = {"--workload", "selftest", "--selftest-tasks", "5", "--selftest-ms", "20",
        "--procs", "2"};

    private CommandResult sweep(Path out, String... more) throws Exception {
        String[] args = new String[SWEEP.length + 2 + more.length];
        System.arraycopy(SWEEP, 0, args, 0, SWEEP.length);
        args[SWEEP.length] = "--out";
        args[SWEEP.length + 1] = out.toString();
        System.arraycopy(more, 0, args, SWEEP.length + 2, more.length);
        return new SweepLauncher(dir).run(args);
    }

    @Test
    void aRerunRedoesOnlyFailedDeletedAndCorruptedTasks() throws Exception {
        Path out = dir.resolve("out");
        CommandResult first = sweep(out, "--selftest-fail", "4", "--retries", "0");
        assertEquals(1, first.exitCode(), first::describe);
        Files.delete(out.resolve("tasks/task-1/square.txt"));
        Files.writeString(out.resolve("tasks/task-2/square.txt"), "5\n");
        long pidOfKept = pid(out, 0);

        CommandResult second = sweep(out);
        assertEquals(0, second.exitCode(), second::describe);
        assertTrue(second.stderr().contains("redoing task-1: tasks/task-1/square.txt is missing"), second::describe);
        assertTrue(second.stderr().contains("redoing task-2: tasks/task-2/square.txt does not match its CRC32C"),
                second::describe);
        assertTrue(second.stdout().contains("5 of 5 tasks done (2 kept from an earlier run)"), second::describe);
        assertTrue(second.stderrLines().contains("2 kept from an earlier run, 3 to run"), second::describe);
        Map<String, Object> manifest = SweepLauncher.manifest(out).orElseThrow();
        List<Map<String, Object>> tasks = SweepLauncher.tasks(manifest);
        assertEquals("kept", tasks.get(0).get("status"));
        assertEquals(pidOfKept, pid(out, 0), "task-0 was not run again");
        assertEquals("kept", tasks.get(3).get("status"));
        for (int i : new int[] {1, 2, 4}) {
            assertEquals("done", tasks.get(i).get("status"), tasks.get(i).toString());
        }
        assertEquals("4\n", Files.readString(out.resolve("tasks/task-2/square.txt")), "the corrupt file was rewritten");
        assertEquals("5 tasks, sum of squares 30\n", Files.readString(out.resolve("selftest.txt")));

        CommandResult third = sweep(out);
        assertEquals(0, third.exitCode(), third::describe);
        assertTrue(third.stdout().contains("(5 kept from an earlier run)"), third::describe);
    }

    @Test
    void anotherProblemInTheSameDirectoryIsRefusedUnlessForced() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, sweep(out).exitCode());
        String manifest = Files.readString(out.resolve("manifest.json"));
        CommandResult refused = new SweepLauncher(dir).run("--workload", "selftest", "--selftest-ms", "30",
                "--out", out.toString());
        assertEquals(2, refused.exitCode(), refused::describe);
        assertEquals(1, refused.stderrLines().size(), refused::describe);
        assertTrue(refused.stderr().contains("--force"), refused::describe);
        assertEquals(manifest, Files.readString(out.resolve("manifest.json")), "nothing overwritten");
        CommandResult forced = new SweepLauncher(dir).run("--workload", "selftest", "--selftest-ms", "30",
                "--out", out.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced::describe);
    }

    @Test
    void aSecondSweepIntoTheSameDirectoryAtTheSameTimeIsRefused() throws Exception {
        Path out = dir.resolve("out");
        SweepLauncher first = new SweepLauncher(Files.createDirectory(dir.resolve("first")));
        Process running = first.start("--workload", "selftest", "--selftest-tasks", "2", "--selftest-ms", "600000",
                "--procs", "2", "--out", out.toString());
        try {
            SweepLauncher.runningPids(out, 1);
            CommandResult second = new SweepLauncher(dir).run("--workload", "selftest", "--selftest-tasks", "2",
                    "--selftest-ms", "600000", "--out", out.toString());
            assertEquals(2, second.exitCode(), second::describe);
            assertEquals(1, second.stderrLines().size(), second::describe);
            assertTrue(second.stderr().contains("in use by another sweep (pid " + running.pid() + ")"),
                    second::describe);
        } finally {
            running.destroy();
            running.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static long pid(Path out, int task) throws Exception {
        return ((Number) SweepLauncher.tasks(SweepLauncher.manifest(out).orElseThrow()).get(task).get("pid")).longValue();
    }
}
