package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every way a Slurm sweep gives up, through the installed bin/sweep, with stand-in sbatch and
 * squeue first on PATH (the real cluster's own refusals are in SlurmBackendIT): each ends with
 * exit 1 and the reason per task, never "done"; result records on disk are read before anything
 * is declared lost.
 */
class SlurmGiveUpIT extends InstalledLauncherTest {
    /** squeue that answers the check for earlier arrays (none) and nothing else. */
    private static final String SQUEUE_ONLY_ME = "case \"$*\" in *--me*) exit 0;; esac\n"
            + "echo 'squeue: error: Unable to contact slurm controller (connect failure)' >&2\nexit 1\n";
    /** sbatch that runs every array task of the script here and now, then prints a job id. */
    private static final String SBATCH_RUNS_HERE = "for a; do script=$a; done\n"
            + "n=$(sed -n 's/^#SBATCH --array=0-\\([0-9]*\\).*/\\1/p' \"$script\"); [ -n \"$n\" ] || n=0\n"
            + "i=0; while [ $i -le $n ]; do SLURM_ARRAY_TASK_ID=$i bash \"$script\" >/dev/null 2>&1; i=$((i+1)); done\n"
            + "echo 4242\n";

    private CommandResult sweepWith(Map<String, String> fakes, String... extra) throws Exception {
        Path bin = dir.resolve("fake-bin");
        for (Map.Entry<String, String> fake : fakes.entrySet()) {
            InstalledSweep.fake(bin, fake.getKey(), fake.getValue());
        }
        InstalledSweep.fake(bin, "scancel", "exit 0\n");
        List<String> args = new java.util.ArrayList<>(List.of("--workload", "selftest", "--selftest-tasks", "3",
                "--selftest-ms", "1", "--backend", "slurm", "--retries", "2", "--out", dir.resolve("out").toString()));
        args.addAll(List.of(extra));
        return InstalledSweep.of(installation, dir).withPathFirst(bin).with("SWEEP_SLURM_TIMEOUT", "2s")
                .run(args.toArray(String[]::new));
    }

    private void assertEveryTaskFailed(CommandResult result, String failure, String reason) throws Exception {
        assertEquals(1, result.exitCode(), result::describe);
        assertEquals("failed", InstalledSweep.manifest(dir.resolve("out")).get("status"));
        for (Map<String, Object> task : InstalledSweep.tasks(dir.resolve("out"))) {
            assertEquals("failed", task.get("status"), task.toString());
            assertEquals(failure, task.get("failure"), task.toString());
            assertTrue(((String) task.get("reason")).contains(reason), task.toString());
            assertTrue(result.stderr().contains(task.get("key") + " failed (" + failure + ")"), result::describe);
        }
        assertTrue(result.stdout().contains("0 of 3 tasks done, 3 failed"), result::describe);
    }

    @Test
    void sbatchFailingEveryTimeEndsTheSweepWithSubmitFailed() throws Exception {
        CommandResult result = sweepWith(Map.of("squeue", SQUEUE_ONLY_ME, "sbatch",
                "echo 'sbatch: error: Batch job submission failed: Invalid partition name specified' >&2\nexit 1\n"));
        assertEveryTaskFailed(result, "submit-failed", "Invalid partition name specified");
        assertTrue(result.stderr().contains("the scheduler refused the jobs twice in a row"), result::describe);
    }

    @Test
    void sbatchThatHangsIsStoppedAtItsTimeout() throws Exception {
        CommandResult result = sweepWith(Map.of("squeue", SQUEUE_ONLY_ME, "sbatch", "exec sleep 600\n"));
        assertEveryTaskFailed(result, "submit-failed", "sbatch did not answer within 2 s");
    }

    @Test
    void sbatchThatPrintsNoJobIdIsASubmitFailure() throws Exception {
        CommandResult result = sweepWith(Map.of("squeue", SQUEUE_ONLY_ME, "sbatch", "echo 'Submitted, maybe'\n"));
        assertEveryTaskFailed(result, "submit-failed", "sbatch printed no job id");
    }

    @Test
    void squeueFailingBeforeSubmissionIsASubmitFailure() throws Exception {
        CommandResult result = sweepWith(Map.of("squeue",
                "echo 'squeue: error: Unable to contact slurm controller' >&2\nexit 1\n", "sbatch", "echo 1\n"));
        assertEveryTaskFailed(result, "submit-failed", "Unable to contact slurm controller");
    }

    @Test
    void squeueFailingAfterSubmissionReadsTheRecordsOnDiskFirst() throws Exception {
        CommandResult result = sweepWith(Map.of("squeue", SQUEUE_ONLY_ME, "sbatch", SBATCH_RUNS_HERE));
        assertEquals(0, result.exitCode(), result::describe);
        assertTrue(result.stdout().contains("3 of 3 tasks done"), result::describe);
        for (Map<String, Object> task : InstalledSweep.tasks(dir.resolve("out"))) {
            assertEquals("done", task.get("status"), task.toString());
        }
    }

    @Test
    void squeueFailingAfterSubmissionWithoutRecordsLosesTheTasks() throws Exception {
        CommandResult result = sweepWith(Map.of("squeue", SQUEUE_ONLY_ME, "sbatch", "echo 4242\n"));
        assertEveryTaskFailed(result, "lost", "Slurm stopped answering");
        for (Map<String, Object> task : InstalledSweep.tasks(dir.resolve("out"))) {
            assertEquals(1, task.get("attempts"), "a lost task is not resubmitted blindly: " + task);
        }
    }

    @Test
    void anEarlierArrayStillQueuedRefusesTheRerunPerTask() throws Exception {
        String out = dir.resolve("out").toString();
        CommandResult result = sweepWith(Map.of("sbatch", "echo 1\n",
                "squeue", "case \"$*\" in *--me*) echo \"977|" + out + "\"; exit 0;; esac\nexit 0\n"));
        assertEveryTaskFailed(result, "submit-failed", "Slurm job [977] of an earlier run");
    }
}
