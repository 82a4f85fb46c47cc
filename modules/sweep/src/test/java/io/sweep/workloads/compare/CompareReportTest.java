package io.sweep.workloads.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareReportTest {
    @TempDir
    Path dir;

    private static ModeRun run(String mode, int workers, double wall, double cpu, double tasks, Object result) {
        return new ModeRun(mode, workers, wall, wall - 0.3, cpu, tasks, Map.of("result", result, "order", "input"), List.of("sweep"));
    }

    @Test
    void speedupIsOverSequentialAndStartupIsWallMinusTaskTimePerWorker() {
        List<ModeRun> runs = List.of(run("sequential", 1, 4.0, 3.9, 3.5, 1.0),
                run("threads", 2, 2.0, 4.0, 3.6, 1.0), run("processes", 2, 2.5, 4.6, 3.6, 1.0));
        CompareReport report = new CompareReport("series", List.of(), runs, Agreement.check("series", runs));
        assertEquals(2.0, report.speedup(runs.get(1)), 1e-12);
        assertEquals(1.6, report.speedup(runs.get(2)), 1e-12);
        assertEquals(0.5, runs.get(0).startupSeconds(), 1e-12);
        assertEquals(0.7, runs.get(2).startupSeconds(), 1e-12);
        List<String> lines = report.lines();
        assertEquals(3.7 / 1.7, report.runSpeedup(runs.get(1)), 1e-12);
        assertEquals("threads           2     2.000    1.700     4.00     2.00     2.18         0.200  1.0",
                lines.get(2));
        assertTrue(lines.get(4).startsWith("results agree (equal to 1e-12 relative)"), lines.get(4));
    }

    @Test
    void seriesAgreesToOneInTenToTheTwelveOnlyAndPiExactly() {
        double a = 500172313292.345;
        assertTrue(Agreement.same("series", a, a * (1 + 5e-13)));
        assertFalse(Agreement.same("series", a, a * (1 + 5e-12)));
        assertTrue(Agreement.same("pi", 3.14159, 3.14159));
        assertFalse(Agreement.same("pi", 3.14159, Math.nextUp(3.14159)));
        assertFalse(Agreement.same("pi", null, 3.0));
    }

    @Test
    void mapAgreesOnOrderUnlessUnorderedAndHelloOnTheSetOfGreetings() {
        List<ModeRun> ordered = List.of(run("sequential", 1, 1, 1, 0, List.of(1, 4, 9)),
                run("threads", 2, 1, 1, 0, List.of(4, 1, 9)));
        Agreement strict = Agreement.check("map", ordered);
        assertFalse(strict.agree());
        assertTrue(strict.detail().contains("threads gave [4, 1, 9]"), strict.detail());
        List<ModeRun> unordered = List.of(
                new ModeRun("sequential", 1, 1, 1, 1, 0, Map.of("result", List.of(1, 4, 9), "order", "completion"), List.of("sweep")),
                new ModeRun("threads", 2, 1, 1, 1, 0, Map.of("result", List.of(4L, 1L, 9L), "order", "completion"), List.of("sweep")));
        assertTrue(Agreement.check("map", unordered).agree());
        assertTrue(Agreement.check("hello", ordered).agree());
    }

    @Test
    void jsonAndPlotAreWritten() throws Exception {
        List<ModeRun> runs = List.of(run("sequential", 1, 4.0, 3.9, 3.5, 3.14),
                run("threads", 2, 2.0, Double.NaN, 3.6, 3.14), run("processes", 2, 2.5, 4.6, 3.6, 3.14));
        CompareReport report = new CompareReport("pi", List.of("--seed", "1"), runs, Agreement.check("pi", runs));
        CompareOutputs.write(dir, report);
        String json = Files.readString(dir.resolve("compare.json"));
        // Read back with an independent JSON reader, not by the writer's spacing.
        Map<String, Object> parsed = com.fasterxml.jackson.jr.ob.JSON.std.mapFrom(json);
        assertEquals(Boolean.TRUE, parsed.get("agree"), json);
        Map<?, ?> threads = (Map<?, ?>) ((List<?>) parsed.get("runs")).get(1);
        assertTrue(threads.containsKey("cpu_seconds") && threads.get("cpu_seconds") == null,
                "unknown CPU time is null, not NaN: " + json);
        byte[] png = Files.readAllBytes(dir.resolve("compare.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        assertTrue(png.length > 5_000, "a chart, not an empty image: " + png.length + " bytes");
    }
}
