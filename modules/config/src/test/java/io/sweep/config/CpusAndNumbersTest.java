package io.sweep.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CpusAndNumbersTest {

    @Test
    void slurmCpusPerTaskWinsOverTheRuntimeCount() {
        assertEquals(32, Cpus.available(Map.of("SLURM_CPUS_PER_TASK", "32"), 4));
        assertEquals(4, Cpus.available(Map.of(), 4));
        assertEquals(4, Cpus.available(Map.of("SLURM_CPUS_PER_TASK", "zero"), 4), "garbage is ignored");
        assertEquals(4, Cpus.available(Map.of("SLURM_CPUS_PER_TASK", "0"), 4));
        assertEquals(1, Cpus.available(Map.of(), 0));
    }

    @Test
    void wholeNumbersHaveALowerBound() {
        assertEquals(3, Numbers.wholeAtLeast(" 3 ", 1, "--procs"));
        assertEquals(0, Numbers.wholeAtLeast("0", 0, "--retries"));
        assertThrows(BadInputException.class, () -> Numbers.wholeAtLeast("0", 1, "--procs"));
        assertThrows(BadInputException.class, () -> Numbers.wholeAtLeast("-1", 1, "--procs"));
        assertThrows(BadInputException.class, () -> Numbers.wholeAtLeast("1.5", 1, "--procs"));
        assertThrows(BadInputException.class, () -> Numbers.wholeAtLeast("99999999999", 1, "--procs"));
    }

    @Test
    void outputDirectoryChecksLeaveNothingBehind(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        OutputDirectory.checkWritable(dir.resolve("a/b/c"));
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(0, files.count(), "the probe is removed");
        }
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("file"), "x");
        assertThrows(BadInputException.class, () -> OutputDirectory.checkWritable(file));
        assertThrows(BadInputException.class, () -> OutputDirectory.checkWritable(file.resolve("sub")));
    }
}
