package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The parent's own writes on a full disk: the message names the file, and the manifest says the
 * sweep failed, or the message says the manifest could not be updated. The full disk is a small
 * tmpfs mounted by the test, which needs root (CI runs as root); without it the test fails.
 */
class FullDiskIT extends BadDayTest {
    private Path mounted;

    /** Mounts an empty tmpfs of {@code kib} KiB on {@code at} and fills it to the last byte. */
    private void mountFull(Path at, int kib, boolean fillNow) throws Exception {
        Files.createDirectories(at);
        system("mount", "-t", "tmpfs", "-o", "size=" + kib + "k", "sweep-full-disk", at.toString());
        mounted = at;
        if (fillNow) {
            fill(at);
        }
    }

    private static void fill(Path at) throws Exception {
        // dd stops with ENOSPC, which is what it is for here: its exit code is not success.
        Installation.run(java.util.List.of("dd", "if=/dev/zero", "of=" + at.resolve("filler"), "bs=4k"),
                Map.of("PATH", "/usr/bin:/bin"), at);
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            system("umount", "-l", mounted.toString());
        }
    }

    @Test
    void aFieldPictureThatCannotBeWrittenIsNamedAndTheManifestSaysFailed() throws Exception {
        CommandResult first = sweep("--alphas", "1,2", "--mesh", "8", "--out", "out", "--quiet");
        assertEquals(0, first.exitCode(), first::describe);
        mountFull(work().resolve("out/fields"), 64, true);

        CommandResult second = sweep("--alphas", "1,2,3", "--mesh", "8", "--out", "out", "--quiet");
        assertEquals(1, second.exitCode(), second::describe);
        assertTrue(second.stderr().contains("cannot write " + work().resolve("out/fields/alpha=")),
                second::describe);
        assertTrue(second.stderr().contains("No space left on device"), second::describe);
        assertTrue(!second.stderr().contains("Exception"), "no exception class for users: " + second.describe());
        assertEquals("failed", SweepLauncher.manifest(work().resolve("out")).orElseThrow().get("status"));
    }

    @Test
    void anOutputDirectoryThatFillsUpDuringTheSweepEndsWithFilesNamedAndTheManifestAccountedFor() throws Exception {
        Path out = work().resolve("out");
        mountFull(out, 256, false);
        Process sweep = start("full", "--workload", "selftest", "--selftest-tasks", "2", "--selftest-ms", "3000",
                "--procs", "2", "--retries", "0", "--out", "out", "--quiet");
        SweepLauncher.runningPids(out, 2);
        fill(out);
        assertTrue(sweep.waitFor(60, TimeUnit.SECONDS), "the sweep ends");
        String stderr = Files.readString(work().resolve("full.err"));
        assertEquals(1, sweep.exitValue(), stderr);
        assertTrue(stderr.contains("cannot write " + out) && stderr.contains("No space left on device"), stderr);
        String status = (String) SweepLauncher.manifest(out).orElseThrow().get("status");
        assertTrue("failed".equals(status) || stderr.contains("manifest.json could not be updated"),
                "manifest says " + status + "; stderr:\n" + stderr);
    }
}
