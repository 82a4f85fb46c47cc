package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A result record is kept only when it belongs to the planned task of this problem, lists the
 * files the workload expects inside its own task directory, and those files match; --force drops
 * what the new sweep does not plan; leftovers of killed writers are removed by the next run.
 */
class ResultRecordsIT extends BadDayTest {

    private Path out() throws Exception {
        return work().resolve("out");
    }

    private CommandResult poisson(String alphas, String mesh, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--alphas", alphas, "--mesh", mesh, "--procs", "2",
                "--field-images", "none", "--out", "out", "--quiet"));
        args.addAll(List.of(more));
        return sweep(args.toArray(String[]::new));
    }

    private Map<String, Object> record(String key) throws Exception {
        return JSON.std.mapFrom(Files.readString(out().resolve("tasks").resolve(key).resolve("result.json")));
    }

    private void rewrite(String key, Map<String, Object> record) throws Exception {
        Files.writeString(out().resolve("tasks").resolve(key).resolve("result.json"), JSON.std.asString(record));
    }

    @Test
    void aRecordOfAnotherMeshIsRedoneAndForceDropsWhatItDoesNotPlan() throws Exception {
        assertEquals(0, poisson("1,2,3", "32").exitCode());
        CommandResult forced = poisson("1,2", "64", "--force");
        assertEquals(0, forced.exitCode(), forced::describe);
        assertFalse(Files.exists(out().resolve("tasks/alpha=3")), "--force dropped the 32-cell alpha=3");

        // The same mesh-32 record put back, as an older run or a copy would leave it.
        assertEquals(0, sweep("--alphas", "3", "--mesh", "32", "--field-images", "none", "--out", "other",
                "--quiet").exitCode());
        copyTree(work().resolve("other/tasks/alpha=3"), out().resolve("tasks/alpha=3"));
        CommandResult third = poisson("1,2,3", "64");
        assertEquals(0, third.exitCode(), third::describe);
        assertTrue(third.stderr().contains("redoing alpha=3: its result record belongs to another problem "
                + "(mesh=32, not mesh=64)"), third::describe);
        assertTrue(third.stdout().contains("3 of 3 tasks done (2 kept from an earlier run)"), third::describe);
        Map<?, ?> params = (Map<?, ?>) ((Map<?, ?>) record("alpha=3").get("problem")).get("params");
        assertEquals(List.of("3.0", "64", "RAW"),
                List.of(params.get("param.alpha"), params.get("mesh"), params.get("encoding")), params::toString);
        assertTrue(Files.readString(out().resolve("tasks/alpha=3/u.vtu"), java.nio.charset.StandardCharsets.ISO_8859_1)
                        .contains("NumberOfPoints=\"4225\""),
                "alpha=3 solved on the 64-cell mesh");
    }

    @Test
    void aRecordListingNoFileOrAFileOutsideItsTaskIsRedone() throws Exception {
        assertEquals(0, poisson("1,2", "8").exitCode());
        Map<String, Object> none = record("alpha=1");
        none.put("files", List.of());
        rewrite("alpha=1", none);
        Path hostname = Path.of("/etc/hostname");
        Map<String, Object> outside = record("alpha=2");
        outside.put("files", List.of(Map.of("path", "../../../../etc/hostname", "bytes", Files.size(hostname),
                "crc32c", io.sweep.results.FileSum.of(hostname).crc32c())));
        rewrite("alpha=2", outside);
        Files.delete(out().resolve("tasks/alpha=2/u.vtu"));

        CommandResult rerun = poisson("1,2", "8");
        assertEquals(0, rerun.exitCode(), rerun::describe);
        assertTrue(rerun.stderr().contains("redoing alpha=1: its result record does not list tasks/alpha=1/u.vtu"),
                rerun::describe);
        assertTrue(rerun.stderr().contains("redoing alpha=2: its result record lists ../../../../etc/hostname, "
                + "which is outside tasks/alpha=2"), rerun::describe);
        assertTrue(rerun.stdout().contains("2 of 2 tasks done; "), rerun::describe);
        for (String key : List.of("alpha=1", "alpha=2")) {
            assertEquals("tasks/" + key + "/u.vtu", ((Map<?, ?>) ((List<?>) record(key).get("files")).get(0)).get("path"));
            assertTrue(Files.isRegularFile(out().resolve("tasks").resolve(key).resolve("u.vtu")));
            assertTrue(Files.readString(out().resolve("sweep.pvd")).contains("tasks/" + key + "/u.vtu"));
        }
    }

    @Test
    void temporariesOfKilledWritersAreRemovedByTheNextRunAndNeverTakenForOutputs() throws Exception {
        assertEquals(0, sweep("--alphas", "1,2", "--mesh", "8", "--out", "out", "--quiet").exitCode());
        List<String> outputs = tree(out());
        List<Path> leftovers = List.of(out().resolve("tasks/alpha=1/.u.vtu.tmp-1a2b3c"),
                out().resolve("tasks/alpha=2/.result.json.tmp-4d5e"), out().resolve("fields/.alpha=1.png.tmp-6f"),
                out().resolve(".manifest.json.tmp-7a"), out().resolve(".norms.csv.tmp-8b"));
        for (Path leftover : leftovers) {
            Files.writeString(leftover, "half written by a killed writer");
        }
        Files.delete(out().resolve("tasks/alpha=2/result.json"));
        CommandResult rerun = sweep("--alphas", "1,2", "--mesh", "8", "--out", "out", "--quiet");
        assertEquals(0, rerun.exitCode(), rerun::describe);
        assertTrue(rerun.stdout().contains("(1 kept from an earlier run)"), rerun::describe);
        assertEquals(outputs, tree(out()), "every leftover removed, every output in place");

        // A first run killed while writing its first manifest left only the lock and a temporary.
        Path killed = Files.createDirectories(work().resolve("killed"));
        Files.writeString(killed.resolve(".sweep.lock"), "");
        Files.writeString(killed.resolve(".manifest.json.tmp-9c"), "{\"half");
        CommandResult after = sweep("--alphas", "1", "--mesh", "8", "--out", "killed", "--quiet");
        assertEquals(0, after.exitCode(), after::describe);
        assertFalse(Files.exists(killed.resolve(".manifest.json.tmp-9c")));
    }


    private static void copyTree(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
