package io.sweep.slurm;

import io.sweep.backend.WorkerCommand;
import io.sweep.config.BadInputException;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SlurmCommandLineTest {

    private static SlurmCommandLine options(List<String> slurmOptions, String perJob, boolean dryRun) {
        SlurmCommandLine options = new SlurmCommandLine();
        options.slurmOptions.addAll(slurmOptions);
        options.tasksPerJob = perJob;
        options.dryRun = dryRun;
        return options;
    }

    @Test
    void theFirstSlurmOnlyOptionGivenIsNamed() {
        assertNull(new SlurmCommandLine().given());
        assertEquals("--slurm-option", options(List.of("--mem=1G"), "2", true).given());
        assertEquals("--tasks-per-job", options(List.of(), "2", false).given());
        assertEquals("--dry-run", options(List.of(), null, true).given());
    }

    @Test
    void badValuesAreBadInput() {
        options(List.of("--partition=short"), "4", true).check(Map.of());
        assertThrows(BadInputException.class, () -> options(List.of(), "0", false).check(Map.of()));
        assertThrows(BadInputException.class, () -> options(List.of("--output=x"), null, false).check(Map.of()));
        assertThrows(BadInputException.class, () -> options(List.of(), null, false)
                .check(Map.of("SWEEP_SLURM_TIMEOUT", "soon")));
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
