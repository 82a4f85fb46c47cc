package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing is written into --out before every check of it has passed: no worker JVM starts (each
 * would log its start into a file of its own here, through -Xlog), no workers.log appears, and a
 * dangling symbolic link as --out is refused with one line.
 */
class OutputChecksIT extends BadDayTest {

    /** Worker JVMs that log their own start into jvm-PID.log in the test directory, and speak on stderr. */
    private Map<String, String> loudWorkers() {
        return Map.of("SWEEP_WORKER_JAVA_OPTS", "-Xlog:gc:file=" + dir.resolve("jvm-%p.log"),
                "JAVA_TOOL_OPTIONS", "-Dsweep.test=1");
    }

    private long workerStarts() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("jvm-")).count();
        }
    }

    @Test
    void aRefusedExistingSweepStartsNoWorkerAndWritesNothing() throws Exception {
        CommandResult first = sweep("--alphas", "1", "--mesh", "8", "--out", "out", "--quiet");
        assertEquals(0, first.exitCode(), first::describe);
        Path out = work().resolve("out");
        List<String> before = tree(out);
        String manifest = Files.readString(out.resolve("manifest.json"));

        CommandResult refused = sweep(loudWorkers(), "--alphas", "1", "--mesh", "16", "--out", "out");
        assertEquals(2, refused.exitCode(), refused::describe);
        assertTrue(refused.stderr().contains("--force"), refused::describe);
        assertEquals(0, workerStarts(), "no worker JVM was started for a refused sweep");
        assertEquals(before, tree(out), "nothing written into the refused --out (no workers.log)");
        assertEquals(manifest, Files.readString(out.resolve("manifest.json")));
    }

    @Test
    void aDirectoryOfOtherFilesIsRefusedBeforeAnyWorkerStarts() throws Exception {
        Path out = Files.createDirectories(work().resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        CommandResult refused = sweep(loudWorkers(), "--alphas", "1", "--mesh", "8", "--out", "mine");
        assertEquals(2, refused.exitCode(), refused::describe);
        assertTrue(refused.stderr().contains("holds no sweep"), refused::describe);
        assertEquals(0, workerStarts(), "no worker JVM was started");
        assertEquals(List.of("notes.txt"), tree(out));
    }

    @Test
    void workersThatSpeakAtStartDoNotMakeANewOutLookUsed() throws Exception {
        for (int run = 0; run < 4; run++) {
            CommandResult result = sweep(loudWorkers(), "--alphas", "1,2", "--mesh", "16", "--out", "new-" + run,
                    "--quiet");
            assertEquals(0, result.exitCode(), result::describe);
            Path log = work().resolve("new-" + run).resolve("workers.log");
            assertTrue(Files.readString(log).contains("Picked up JAVA_TOOL_OPTIONS"),
                    "what workers said before the checks is kept, in workers.log once the sweep runs");
        }
    }

    @Test
    void aDanglingSymbolicLinkAsOutIsRefusedWithOneLine() throws Exception {
        Path link = Files.createSymbolicLink(work().resolve("link"), dir.resolve("nowhere"));
        for (String out : List.of("link", "link/sub")) {
            CommandResult result = sweep("--alphas", "1", "--mesh", "8", "--out", out);
            assertEquals(2, result.exitCode(), result::describe);
            assertEquals(1, result.stderrLines().size(), result::describe);
            assertTrue(result.stderr().contains("symbolic link to a missing directory"), result::describe);
            assertFalse(Files.exists(dir.resolve("nowhere")), "its target is not created");
            assertTrue(Files.isSymbolicLink(link));
        }
    }

    @Test
    void aSymbolicLinkToADirectoryIsFollowed() throws Exception {
        Path target = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(work().resolve("link"), target);
        CommandResult result = sweep("--alphas", "1", "--mesh", "8", "--out", "link", "--quiet");
        assertEquals(0, result.exitCode(), result::describe);
        assertTrue(Files.isRegularFile(target.resolve("manifest.json")), result::describe);
    }
}
