package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job through the real launcher: {@code sweep --alphas 0.1,1,10,100 --mesh 256 --procs 2}
 * gives DOLFIN's norms, one .vtu per α listed in sweep.pvd, the norms table, the plots, and a
 * manifest whose checksums match the files; a rerun keeps everything, and redoes a deleted .vtu;
 * the three modes agree.
 */
class PoissonSweepIT {
    /** DOLFIN 2019.2's nodal-vector l2 norms on the 256x256 mesh (shared/reference/README.md). */
    private static final Map<Double, Double> DOLFIN_L2 = Map.of(0.1, 18.47620184, 1.0, 20.02257577,
            10.0, 38.13014616, 100.0, 240.3141647);

    @TempDir
    Path dir;

    @Test
    void theSeminarSweepMatchesDolfinAndLeavesEveryOutputInPlace() throws Exception {
        Path out = dir.resolve("out");
        CommandResult result = new SweepLauncher(dir).run("--alphas", "0.1,1,10,100", "--mesh", "256", "--procs", "2",
                "--out", out.toString());
        assertEquals(0, result.exitCode(), result::describe);

        List<String> norms = Files.readAllLines(out.resolve("norms.csv"));
        assertTrue(norms.get(0).startsWith("alpha,l2_dofs,L2,H1_semi,min,max"), norms.get(0));
        assertEquals(5, norms.size(), norms::toString);
        double previous = Double.NEGATIVE_INFINITY;
        for (String row : norms.subList(1, 5)) {
            String[] cells = row.split(",");
            double alpha = Double.parseDouble(cells[0]);
            assertTrue(alpha > previous, "sorted by alpha");
            previous = alpha;
            double l2 = Double.parseDouble(cells[1]);
            assertEquals(DOLFIN_L2.get(alpha), l2, 1e-8 * l2, "l2 of alpha " + alpha);
        }

        String pvd = Files.readString(out.resolve("sweep.pvd"));
        Matcher files = Pattern.compile("file=\"([^\"]+)\"").matcher(pvd);
        int datasets = 0;
        while (files.find()) {
            datasets++;
            assertTrue(!files.group(1).startsWith("/"), "relative path: " + files.group(1));
            assertTrue(Files.isRegularFile(out.resolve(files.group(1))), files.group(1));
        }
        assertEquals(4, datasets, pvd);

        Map<String, Object> manifest = SweepLauncher.manifest(out).orElseThrow();
        assertEquals("done", manifest.get("status"));
        for (String key : List.of("version", "host", "started", "ended", "parameters")) {
            assertTrue(manifest.get(key) != null, "manifest has " + key);
        }
        for (Map<String, Object> task : SweepLauncher.tasks(manifest)) {
            for (String key : List.of("alpha", "status", "attempts", "pid", "wall_s", "log", "files")) {
                assertTrue(task.containsKey(key), key + " in " + task);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> file = ((List<Map<String, Object>>) task.get("files")).get(0);
            Path vtu = out.resolve((String) file.get("path"));
            assertEquals(file.get("crc32c"), crc32c(vtu), "checksum of " + vtu);
            double rss = ((Number) task.get("worker_peak_rss_mb")).doubleValue();
            assertTrue(rss > 0 && rss <= 200, "worker peak RSS " + rss + " MB at n=256");
            String png = "fields/" + task.get("key") + ".png";
            assertTrue(Files.size(out.resolve(png)) > 1000, png);
        }
        assertTrue(Files.size(out.resolve("norms.png")) > 1000);
        assertTrue(Files.readString(out.resolve("norms.json")).contains("240.31416"));

        Files.delete(out.resolve("tasks/alpha=10/u.vtu"));
        CommandResult rerun = new SweepLauncher(dir).run("--alphas", "0.1,1,10,100", "--mesh", "256", "--procs", "2",
                "--out", out.toString());
        assertEquals(0, rerun.exitCode(), rerun::describe);
        assertTrue(rerun.stdout().contains("4 of 4 tasks done (3 kept from an earlier run)"), rerun::describe);
        assertTrue(rerun.stderr().contains("redoing alpha=10: tasks/alpha=10/u.vtu is missing"), rerun::describe);
        assertSameNorms(norms, Files.readAllLines(out.resolve("norms.csv")));
    }

    /**
     * The same α and norms to 1e-12 relative. Not to the bit: a solver that has seen an earlier α
     * of the same shape answers by superposition, so the bits depend on which worker got which α.
     */
    private static void assertSameNorms(List<String> expected, List<String> actual) {
        assertEquals(expected.size(), actual.size());
        assertEquals(expected.get(0), actual.get(0));
        for (int row = 1; row < expected.size(); row++) {
            String[] e = expected.get(row).split(",");
            String[] a = actual.get(row).split(",");
            assertEquals(e[0], a[0], "alpha");
            for (int col = 1; col < 6; col++) {
                double x = Double.parseDouble(e[col]);
                assertEquals(x, Double.parseDouble(a[col]), 1e-12 * Math.abs(x) + 1e-15, "row " + row + " col " + col);
            }
        }
    }

    @Test
    void fieldImagesNoneDrawsNoFieldButEverythingElse() throws Exception {
        Path out = dir.resolve("no-fields");
        CommandResult result = new SweepLauncher(dir).run("--alphas", "1,2", "--mesh", "16", "--procs", "2",
                "--field-images", "none", "--out", out.toString());
        assertEquals(0, result.exitCode(), result::describe);
        assertTrue(Files.notExists(out.resolve("fields")), "fields/ was written");
        for (String file : List.of("norms.csv", "norms.png", "sweep.pvd", "tasks/alpha=1/u.vtu")) {
            assertTrue(Files.exists(out.resolve(file)), file + " is missing");
        }
    }

    @Test
    void processesThreadsAndSequentialAgree() throws Exception {
        String[] common = {"--alphas", "log:0.5:50:5", "--mesh", "48", "--procs", "2"};
        List<List<String>> byMode = new java.util.ArrayList<>();
        for (String mode : List.of("processes", "threads", "sequential")) {
            Path out = dir.resolve(mode);
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(common),
                    java.util.stream.Stream.of("--mode", mode, "--out", out.toString())).toArray(String[]::new);
            CommandResult result = new SweepLauncher(dir).run(args);
            assertEquals(0, result.exitCode(), result::describe);
            byMode.add(Files.readAllLines(out.resolve("norms.csv")));
        }
        assertEquals(6, byMode.get(0).size());
        assertSameNorms(byMode.get(0), byMode.get(1));
        assertSameNorms(byMode.get(0), byMode.get(2));
    }

    private static String crc32c(Path file) throws Exception {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(Files.readAllBytes(file));
        return String.format("%08x", crc.getValue());
    }
}
