package io.sweep.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {
    private static final Set<String> KEYS = Set.of("alphas", "procs", "quiet");

    @TempDir
    Path dir;

    @Test
    void readsKnownKeysWithCommentsAndSpaces() throws Exception {
        Path file = Files.writeString(dir.resolve("sweep.properties"),
                "# a sweep\nalphas = log:0.1:100:4 \nprocs=3\nquiet: true\n");
        assertEquals(Map.of("alphas", "log:0.1:100:4", "procs", "3", "quiet", "true"), ConfigFile.load(file, KEYS));
    }

    @Test
    void unknownKeyIsAnErrorNamingTheKnownOnes() throws Exception {
        Path file = Files.writeString(dir.resolve("typo.properties"), "procz = 3\n");
        BadInputException e = assertThrows(BadInputException.class, () -> ConfigFile.load(file, KEYS));
        assertTrue(e.getMessage().contains("unknown key 'procz'"), e.getMessage());
        assertTrue(e.getMessage().contains("alphas, procs, quiet"), e.getMessage());
    }

    @Test
    void missingOrUnreadableFileIsBadInput() throws Exception {
        BadInputException missing = assertThrows(BadInputException.class,
                () -> ConfigFile.load(dir.resolve("absent.properties"), KEYS));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        Path malformed = Files.writeString(dir.resolve("bad.properties"), "alphas = \\u12\n");
        assertThrows(BadInputException.class, () -> ConfigFile.load(malformed, KEYS));
        assertThrows(BadInputException.class, () -> ConfigFile.load(dir, KEYS), "a directory is not a file");
        assertFalse(Files.exists(dir.resolve("absent.properties")));
    }

    @Test
    void aKeyGivenTwiceIsRefusedAsTheCommandLineRefusesAnOptionGivenTwice() throws Exception {
        Path file = Files.writeString(dir.resolve("twice.properties"), "procs = 2\nalphas = 1\nprocs: 3\n");
        BadInputException e = assertThrows(BadInputException.class, () -> ConfigFile.load(file, KEYS));
        assertTrue(e.getMessage().contains("gives 'procs' more than once"), e.getMessage());
    }

    @Test
    void aByteOrderMarkAtTheStartIsSkipped() throws Exception {
        Path file = Files.writeString(dir.resolve("bom.properties"), "\uFEFFalphas = 1,2\nprocs = 2\n");
        assertEquals(Map.of("alphas", "1,2", "procs", "2"), ConfigFile.load(file, KEYS));
    }
}
