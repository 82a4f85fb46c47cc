package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large meshes through the launcher with no heap option: n=2048 runs in a worker whose heap is
 * sized from the solver's estimate (it used to fail its own memory check), and a mesh whose
 * worker would need more than the machine's memory is refused before anything starts.
 */
class LargeMeshIT {
    /** DOLFIN's L2 norm for alpha = 1 on the 256x256 mesh; n=2048 differs by the discretisation error only. */
    private static final double DOLFIN_L2_256 = 0.0777024511;

    @TempDir
    Path dir;

    @Test
    void aMeshOf2048RunsWithNoHeapOption() throws Exception {
        assertNull(System.getenv("SWEEP_WORKER_JAVA_OPTS"), "this test is about the default worker heap");
        Path out = dir.resolve("out");
        CommandResult result = new SweepLauncher(dir).run("--alphas", "1", "--mesh", "2048", "--field-images", "none",
                "--out", out.toString());
        assertEquals(0, result.exitCode(), result::describe);
        List<String> norms = Files.readAllLines(out.resolve("norms.csv"));
        String[] cells = norms.get(1).split(",");
        double normL2 = Double.parseDouble(cells[2]);
        assertEquals(DOLFIN_L2_256, normL2, 1e-4 * DOLFIN_L2_256, norms.get(1));
        Map<String, Object> task = SweepLauncher.tasks(SweepLauncher.manifest(out).orElseThrow()).get(0);
        double rss = ((Number) task.get("worker_peak_rss_mb")).doubleValue();
        assertTrue(rss > 300 && rss < 1000, "worker peak RSS " + rss + " MB at n=2048 (estimate 610 MB)");
        assertTrue(Files.size(out.resolve("tasks/alpha=1/u.vtu")) > 100_000_000L, "the .vtu of 4.2 M vertices");
    }

    /**
     * Three α superposed at n=1500 (the unit solutions and the solution live together, the most a
     * worker holds): the default heap holds them. A worker that made every array of a megabyte or
     * more in the old generation ran out of this heap.
     */
    @Test
    void superposedAlphasAt1500RunWithNoHeapOption() throws Exception {
        assertNull(System.getenv("SWEEP_WORKER_JAVA_OPTS"), "this test is about the default worker heap");
        Path out = dir.resolve("three");
        CommandResult result = new SweepLauncher(dir).run("--alphas", "1,2,3", "--mesh", "1500", "--procs", "1",
                "--field-images", "none", "--out", out.toString());
        assertEquals(0, result.exitCode(), result::describe);
        assertEquals(4, Files.readAllLines(out.resolve("norms.csv")).size(), "a header and three rows");
    }

    /** 16384² cells need about 38 GiB per worker: more than this project's machines (24 GiB) have. */
    @Test
    void aMeshBeyondTheMachinesMemoryIsRefusedBeforeAnythingStarts() throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));
        CommandResult result = new SweepLauncher(work).run("--alphas", "1", "--mesh", "16384", "--out", "out");
        assertEquals(2, result.exitCode(), result::describe);
        assertEquals(1, result.stderrLines().size(), result::describe);
        assertTrue(result.stderr().contains("GiB") && result.stderr().contains("--mesh")
                && result.stderr().contains("--mem="), result::describe);
        try (var files = Files.list(work)) {
            assertEquals(List.of("launcher.err", "launcher.out"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "nothing written");
        }
    }
}
