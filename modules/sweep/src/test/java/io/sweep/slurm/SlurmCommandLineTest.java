package io.sweep.slurm;

import io.sweep.backend.WorkerCommand;
import io.sweep.config.BadInputException;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlurmCommandLineTest {

    private static SlurmCommandLine options(String backend, List<String> slurmOptions, String perJob, boolean dryRun) {
        SlurmCommandLine options = new SlurmCommandLine();
        options.backend = backend;
        options.slurmOptions = slurmOptions;
        options.tasksPerJob = perJob;
        options.dryRun = dryRun;
        return options;
    }

    @Test
    void localIsTheDefaultAndSlurmIsChosenByName() {
        assertFalse(new SlurmCommandLine().check());
        assertTrue(options("slurm", List.of("--partition=short"), "4", true).check());
        assertTrue(options(" Slurm ", List.of(), null, false).check());
    }

    @Test
    void slurmOnlyOptionsAndBadValuesAreBadInput() {
        assertEquals("--backend 'pbs' is invalid: use local or slurm",
                assertThrows(BadInputException.class, () -> options("pbs", List.of(), null, false).check()).getMessage());
        assertEquals("--slurm-option needs --backend slurm", assertThrows(BadInputException.class,
                () -> options("local", List.of("--mem=1G"), null, false).check()).getMessage());
        assertEquals("--tasks-per-job needs --backend slurm", assertThrows(BadInputException.class,
                () -> options("local", List.of(), "2", false).check()).getMessage());
        assertEquals("--dry-run needs --backend slurm", assertThrows(BadInputException.class,
                () -> options("local", List.of(), null, true).check()).getMessage());
        assertThrows(BadInputException.class, () -> options("slurm", List.of(), "0", false).check());
        assertThrows(BadInputException.class, () -> options("slurm", List.of("--output=x"), null, false).check());
    }

    @Test
    void theComputeNodesWorkerCommandHasAnAbsoluteClassPath() {
        WorkerCommand worker = new WorkerCommand(Path.of("/opt/java/bin/java"), List.of("-XX:+UseSerialGC"),
                "lib/sweep.jar" + File.pathSeparator + "/abs/other.jar");
        List<String> command = SlurmCommandLine.workerCommand(worker, Path.of("/data/out"));
        assertEquals(List.of("/opt/java/bin/java", "-XX:+UseSerialGC", "-cp",
                Path.of("lib/sweep.jar").toAbsolutePath() + File.pathSeparator + "/abs/other.jar",
                "io.sweep.worker.WorkerMain", "--out", "/data/out"), command);
    }
}
