package io.sweep.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sweep.config.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviousSweepTest {
    @TempDir
    Path out;

    @Test
    void sameProblemResumesOtherProblemIsRefusedUnlessForced() throws Exception {
        Files.writeString(out.resolve("manifest.json"),
                "{\"workload\":\"poisson\",\"problem\":{\"mesh\":256,\"vtu_encoding\":\"raw\"}}");
        assertDoesNotThrow(() -> PreviousSweep.check(out, "poisson", Map.of("mesh", 256L, "vtu_encoding", "raw"), false));
        BadInputException e = assertThrows(BadInputException.class,
                () -> PreviousSweep.check(out, "poisson", Map.of("mesh", 128, "vtu_encoding", "raw"), false));
        assertTrue(e.getMessage().contains("--force"), e.getMessage());
        assertThrows(BadInputException.class, () -> PreviousSweep.check(out, "pi", Map.of(), false));
        assertDoesNotThrow(() -> PreviousSweep.check(out, "poisson", Map.of("mesh", 128), true));
    }

    @Test
    void aDirectoryOfOtherFilesIsNotASweep() throws Exception {
        assertDoesNotThrow(() -> PreviousSweep.check(out, "poisson", Map.of(), false), "empty is fine");
        assertDoesNotThrow(() -> PreviousSweep.check(out.resolve("absent"), "poisson", Map.of(), false));
        Files.writeString(out.resolve("thesis.tex"), "precious");
        BadInputException e = assertThrows(BadInputException.class,
                () -> PreviousSweep.check(out, "poisson", Map.of(), false));
        assertTrue(e.getMessage().contains("holds no sweep"), e.getMessage());
    }
}
