package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Norms that would overflow, values that are not finite, more tasks than a sweep runs, and the
 * doubtful inputs: a key repeated in --config, a byte order mark, -0 beside 0, 1__0.
 */
class ValuesAndInputsIT extends BadDayTest {

    @Test
    void hugeAlphasHaveFiniteNormsAndTheSweepEndsDone() throws Exception {
        CommandResult result = sweep("--alphas", "1,1e200", "--mesh", "16", "--out", "out", "--quiet");
        assertEquals(0, result.exitCode(), result::describe);
        List<String> rows = Files.readAllLines(work().resolve("out/norms.csv"));
        assertEquals(3, rows.size(), rows::toString);
        String[] huge = rows.get(2).split(",");
        assertEquals(1e200, Double.parseDouble(huge[0]));
        for (int column = 1; column <= 3; column++) {
            double norm = Double.parseDouble(huge[column]);
            assertTrue(norm > 1e196 && norm < 1e201, rows.get(0).split(",")[column] + " = " + norm);
        }
        assertEquals("done", SweepLauncher.manifest(work().resolve("out")).orElseThrow().get("status"));
    }

    @Test
    void aTaskWithAValueThatIsNotFiniteFailsAloneWithItsReason() throws Exception {
        CommandResult result = sweep("--workload", "selftest", "--selftest-tasks", "3", "--selftest-ms", "0",
                "--selftest-nan", "1", "--retries", "0", "--procs", "2", "--out", "out", "--quiet");
        assertEquals(1, result.exitCode(), result::describe);
        assertTrue(result.stderr().contains("value square is NaN, not a finite number"), result::describe);
        Map<String, Object> manifest = SweepLauncher.manifest(work().resolve("out")).orElseThrow();
        assertEquals("failed", manifest.get("status"));
        List<Object> statuses = SweepLauncher.tasks(manifest).stream().map(t -> t.get("status")).toList();
        assertEquals(List.of("done", "failed", "done"), statuses);
        assertEquals("2 tasks, sum of squares 4\n", Files.readString(work().resolve("out/selftest.txt")),
                "the others' results are written");
    }

    @Test
    void moreTasksThanASweepRunsIsBadInputWithTheLimit() throws Exception {
        CommandResult result = sweep("--alphas", "0:1:1000000000", "--out", "out");
        assertEquals(2, result.exitCode(), result::describe);
        assertEquals(List.of("sweep: --alphas gives 1000000000 tasks: a sweep runs at most 10000; split it into "
                + "several sweeps"), result.stderrLines());
        assertFalse(Files.exists(work().resolve("out")));
    }

    @Test
    void aKeyRepeatedInTheConfigFileIsRefused() throws Exception {
        Files.writeString(work().resolve("twice.properties"), "alphas = 1\nmesh = 8\nalphas = 2\n");
        CommandResult result = sweep("--config", "twice.properties", "--out", "out");
        assertEquals(2, result.exitCode(), result::describe);
        assertEquals(1, result.stderrLines().size(), result::describe);
        assertTrue(result.stderr().contains("gives 'alphas' more than once"), result::describe);
        assertFalse(Files.exists(work().resolve("out")));
    }

    @Test
    void aConfigFileWithAByteOrderMarkIsRead() throws Exception {
        Files.write(work().resolve("bom.properties"), "\uFEFFalphas = 2\nmesh = 8\n".getBytes(StandardCharsets.UTF_8));
        CommandResult result = sweep("--config", "bom.properties", "--out", "out", "--quiet");
        assertEquals(0, result.exitCode(), result::describe);
        assertTrue(Files.isRegularFile(work().resolve("out/tasks/alpha=2/u.vtu")), result::describe);
    }

    @Test
    void minusZeroIsTheTaskOfZero() throws Exception {
        CommandResult minus = sweep("--alphas=-0", "--mesh", "8", "--out", "out", "--quiet");
        assertEquals(0, minus.exitCode(), minus::describe);
        assertEquals(List.of("alpha=0"), tree(work().resolve("out/tasks")).stream()
                .filter(p -> !p.contains("/")).toList());
        CommandResult zero = sweep("--alphas", "0", "--mesh", "8", "--out", "out", "--quiet");
        assertTrue(zero.stdout().contains("1 of 1 tasks done (1 kept from an earlier run)"), zero::describe);
        CommandResult both = sweep("--alphas", "0,-0", "--mesh", "8", "--out", "out");
        assertEquals(2, both.exitCode(), both::describe);
    }

    @Test
    void underscoresOnlyBetweenDigits() throws Exception {
        CommandResult result = sweep("--workload", "pi", "--points", "1__0", "--out", "out");
        assertEquals(2, result.exitCode(), result::describe);
        assertEquals(1, result.stderrLines().size(), result::describe);
        assertTrue(result.stderr().contains("--points '1__0' is not a whole number"), result::describe);
        assertFalse(Files.exists(work().resolve("out")));
    }

    @Test
    void aPlanOfMoreTasksThanASweepRunsIsRefusedForAnyWorkload() throws Exception {
        CommandResult result = sweep("--workload", "selftest", "--selftest-tasks", "10001", "--out", "out");
        assertEquals(2, result.exitCode(), result::describe);
        assertTrue(result.stderr().contains("at most 10000"), result::describe);
        assertFalse(Files.exists(work().resolve("out")));
    }
}
