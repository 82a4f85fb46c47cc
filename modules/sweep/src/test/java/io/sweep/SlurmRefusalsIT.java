package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the single-node Slurm (scripts/setup/slurm.sh) refuses, through the installed bin/sweep:
 * a partition that does not exist, and a rerun while an earlier run's array is still in the
 * queue. Each ends with exit 1 and the reason per task.
 */
class SlurmRefusalsIT extends InstalledLauncherTest {

    @BeforeAll
    static void slurmIsUp() throws Exception {
        CommandResult sinfo = Installation.run(List.of("sinfo", "--noheader", "--format=%t"),
                Map.of("PATH", System.getenv("PATH")), Path.of("/"), Duration.ofSeconds(30));
        assertTrue(sinfo.exitCode() == 0 && sinfo.stdout().strip().matches("(?s)(idle|mix|alloc).*"),
                "Slurm is not up (" + sinfo.describe() + "): ./run-tests starts it with scripts/setup/slurm.sh");
    }

    @Test
    void aPartitionThatDoesNotExistFailsEveryTaskWithSlurmsReason() throws Exception {
        Path out = dir.resolve("out");
        CommandResult result = InstalledSweep.of(installation, dir).run("--workload", "selftest",
                "--selftest-tasks", "2", "--selftest-ms", "1", "--backend", "slurm",
                "--slurm-option=--partition=nope", "--out", out.toString());
        assertEquals(1, result.exitCode(), result::describe);
        for (Map<String, Object> task : InstalledSweep.tasks(out)) {
            assertEquals("failed", task.get("status"), task.toString());
            assertEquals("submit-failed", task.get("failure"), task.toString());
            assertTrue(((String) task.get("reason")).toLowerCase().contains("partition"), task.toString());
            assertTrue(result.stderr().contains(task.get("key") + " failed (submit-failed)"), result::describe);
        }
    }

    @Test
    void aRerunWhileAnEarlierArrayIsStillQueuedIsRefusedPerTask() throws Exception {
        Path out = dir.resolve("out");
        String[] args = {"--workload", "selftest", "--selftest-tasks", "2", "--selftest-ms", "120000",
                "--procs", "2", "--backend", "slurm", "--out", out.toString()};
        InstalledSweep sweep = InstalledSweep.of(installation, dir);
        Process first = sweep.start(args);
        long jobId = submittedJob(out, first);
        String job = Long.toString(jobId);
        try {
            first.destroyForcibly(); // SIGKILL: no chance to scancel its array
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));
            CommandResult rerun = sweep.run(args);
            assertEquals(1, rerun.exitCode(), rerun::describe);
            for (Map<String, Object> task : InstalledSweep.tasks(out)) {
                assertEquals("failed", task.get("status"), task.toString());
                assertTrue(((String) task.get("reason")).contains("Slurm job [" + job + "] of an earlier run"),
                        task.toString());
            }
            assertTrue(rerun.stdout().contains("0 of 2 tasks done, 2 failed"), rerun::describe);
        } finally {
            new ProcessBuilder("scancel", job).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static long submittedJob(Path out, Process sweep) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Path jobs = out.resolve("slurm/jobs.txt");
        while (System.nanoTime() < deadline && sweep.isAlive()) {
            if (Files.isRegularFile(jobs) && !Files.readString(jobs).isBlank()) {
                return Long.parseLong(Files.readString(jobs).strip().split("\\s+")[0]);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no array submitted into " + out + " (sweep alive: " + sweep.isAlive() + ")");
    }
}
