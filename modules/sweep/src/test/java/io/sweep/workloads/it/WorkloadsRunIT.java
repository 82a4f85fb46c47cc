package io.sweep.workloads.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small runs of each workload through the real jar: child JVMs, manifest.json, summary.json. */
class WorkloadsRunIT {
    @TempDir
    Path dir;

    @Test
    void piGivesOneEstimateForOneTwoAndThreeProcessesAndThreads() throws Exception {
        Object first = null;
        for (String[] how : new String[][] {{"1", "processes"}, {"2", "processes"}, {"3", "processes"}, {"2", "threads"}}) {
            String out = "pi-" + how[0] + "-" + how[1];
            SweepJar.Run run = SweepJar.run(dir, "--workload", "pi", "--points", "3e6", "--seed", "11",
                    "--procs", how[0], "--mode", how[1], "--out", out);
            assertEquals(0, run.exitCode(), run::describe);
            assertTrue(run.stdout().startsWith("estimated value of Pi: "), run::describe);
            Map<String, Object> summary = SweepJar.json(dir.resolve(out).resolve("summary.json"));
            double estimate = ((Number) summary.get("result")).doubleValue();
            double standardError = ((Number) summary.get("standard_error")).doubleValue();
            assertTrue(Math.abs(estimate - Math.PI) < 4 * standardError, "estimate " + estimate);
            assertTrue(Files.isRegularFile(dir.resolve(out).resolve("manifest.json")));
            if (first == null) {
                first = summary.get("result");
            }
            assertEquals(first, summary.get("result"), out);
        }
    }

    @Test
    void seriesMatchesTheSeminarWithTwoProcesses() throws Exception {
        SweepJar.Run run = SweepJar.run(dir, "--workload", "series", "--procs", "2", "--out", "series");
        assertEquals(0, run.exitCode(), run::describe);
        double result = ((Number) SweepJar.json(dir.resolve("series/summary.json")).get("result")).doubleValue();
        assertEquals(500172313292.345, result, 500172313292.345 * 1e-12);
        assertTrue(run.stdout().startsWith("Result =  500172313292.3"), run::describe);
    }

    @Test
    void mapSquaresInInputOrderAndNamesTheWorkerProcesses() throws Exception {
        SweepJar.Run run = SweepJar.run(dir, "--workload", "map", "--values", "1..5", "--procs", "3", "--out", "map");
        assertEquals(0, run.exitCode(), run::describe);
        List<String> lines = run.stdout().lines().toList();
        assertTrue(lines.contains("[1, 4, 9, 16, 25]"), run::describe);
        Map<String, Object> summary = SweepJar.json(dir.resolve("map/summary.json"));
        assertEquals(List.of(1, 4, 9, 16, 25), summary.get("result"));
        List<?> pids = (List<?>) summary.get("pids");
        assertTrue(pids.stream().distinct().count() >= 2, "3 worker processes share 5 chunks: " + pids);
        String firstLine = "Worker process id for 1 : " + pids.get(0);
        assertEquals(firstLine, lines.get(0));
    }

    @Test
    void unorderedMapGivesTheSameValuesInCompletionOrder() throws Exception {
        SweepJar.Run run = SweepJar.run(dir, "--workload", "map", "--values", "1..12", "--power", "3",
                "--chunksize", "2", "--unordered", "--mode", "threads", "--procs", "3", "--out", "map");
        assertEquals(0, run.exitCode(), run::describe);
        Map<String, Object> summary = SweepJar.json(dir.resolve("map/summary.json"));
        long[] sorted = ((List<?>) summary.get("result")).stream().mapToLong(v -> ((Number) v).longValue())
                .sorted().toArray();
        assertArrayEquals(java.util.stream.LongStream.rangeClosed(1, 12).map(x -> x * x * x).toArray(), sorted);
        assertEquals("completion", summary.get("order"));
    }

    @Test
    void helloGreetsFromEachWorkerThenSaysDone() throws Exception {
        SweepJar.Run run = SweepJar.run(dir, "--workload", "hello", "--greetings", "3", "--sleep", "0.05..0.3",
                "--sleep-seed", "4", "--procs", "3", "--out", "hello");
        assertEquals(0, run.exitCode(), run::describe);
        List<String> lines = run.stdout().lines().toList();
        assertEquals("Done!", lines.get(3), run::describe);
        for (int i = 0; i < 3; i++) {
            int index = i;
            assertTrue(lines.subList(0, 3).stream().anyMatch(l -> l.startsWith("[" + index + "] Hello! hello-" + index
                    + " pid ")), run::describe);
        }
        List<?> pids = (List<?>) SweepJar.json(dir.resolve("hello/summary.json")).get("pids");
        assertNotEquals(ProcessHandle.current().pid(), ((Number) pids.get(0)).longValue());
    }

    @Test
    void compareRunsThreeModesThatAgreeAndPlotsThem() throws Exception {
        SweepJar.Run run = SweepJar.run(dir, "compare", "series", "--n", "50000", "--procs", "2", "--out", "cmp");
        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.stdout().contains("results agree (equal to 1e-12 relative)"), run::describe);
        Map<String, Object> json = SweepJar.json(dir.resolve("cmp/compare.json"));
        assertEquals(true, json.get("agree"));
        List<?> runs = (List<?>) json.get("runs");
        assertEquals(List.of("sequential", "threads", "processes"),
                runs.stream().map(r -> ((Map<?, ?>) r).get("mode")).toList());
        for (Object r : runs) {
            double wall = ((Number) ((Map<?, ?>) r).get("wall_seconds")).doubleValue();
            double cpu = ((Number) ((Map<?, ?>) r).get("cpu_seconds")).doubleValue();
            assertTrue(wall > 0.05 && cpu > 0.05, "each mode starts at least one JVM: " + r);
        }
        byte[] png = Files.readAllBytes(dir.resolve("cmp/compare.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        for (String mode : List.of("sequential", "threads", "processes")) {
            assertTrue(Files.isRegularFile(dir.resolve("cmp").resolve(mode).resolve("manifest.json")), mode);
        }
    }

    @Test
    void compareRefusesAnOutputDirectoryInUse() throws Exception {
        Files.createDirectories(dir.resolve("used"));
        Files.writeString(dir.resolve("used/keep.txt"), "mine");
        SweepJar.Run run = SweepJar.run(dir, "compare", "pi", "--points", "1000", "--out", "used");
        assertEquals(2, run.exitCode(), run::describe);
        assertTrue(run.stderrLines().get(0).contains("is not empty"), run::describe);
        assertEquals("mine", Files.readString(dir.resolve("used/keep.txt")));
    }
}
