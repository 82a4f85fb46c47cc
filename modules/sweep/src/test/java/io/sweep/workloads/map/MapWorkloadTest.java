package io.sweep.workloads.map;

import io.sweep.config.BadInputException;
import io.sweep.engine.Summary;
import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;
import io.sweep.workloads.Defaults;
import io.sweep.workloads.InProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MapWorkloadTest {
    @TempDir
    Path out;

    @Test
    void squaresInInputOrderAndSaysWhichProcessDidWhat() throws Exception {
        Summary summary = InProcess.run(new MapWorkload(Defaults.of(new MapOptions()).toSpec(), 3), new MapRunner(), out);
        long pid = ProcessHandle.current().pid();
        assertEquals(List.of(1L, 4L, 9L, 16L, 25L), summary.result().get("result"));
        assertEquals("Worker process id for 1 : " + pid, summary.lines().get(0));
        assertEquals("Worker process id for 5 : " + pid, summary.lines().get(4));
        assertEquals("[1, 4, 9, 16, 25]", summary.lines().get(5));
        assertEquals("Process " + pid + " : 1, 4, 9, 16, 25", summary.lines().get(6));
    }

    @Test
    void starmapsPowerOverOneToFiftyInChunksOfTwo() throws Exception {
        MapSpec spec = MapOptions.of("1..50", "3", "2", false).toSpec();
        MapWorkload workload = new MapWorkload(spec, 3);
        assertEquals(25, workload.plan().size());
        Summary summary = InProcess.run(workload, new MapRunner(), out);
        assertEquals(LongStream.rangeClosed(1, 50).map(x -> x * x * x).boxed().toList(),
                summary.result().get("result"));
    }

    @ParameterizedTest
    @CsvSource({"1..5, 3, 5", "1..50, 3, 10", "1..12, 3, 12", "1..13, 1, 4"})
    void defaultChunksizeIsPythons(String values, int workers, int tasks) {
        MapSpec spec = MapOptions.of(values, "2", null, false).toSpec();
        assertEquals(tasks, new MapWorkload(spec, workers).plan().size());
    }

    @Test
    void resultsFollowInputOrderWhateverTheCompletionOrder() {
        MapSpec spec = MapOptions.of("1..6", "2", "2", false).toSpec();
        List<TaskResult> done = finishedInReverse(new MapWorkload(spec, 3).plan());
        Summary summary = new MapWorkload(spec, 3).finish(done, out);
        assertEquals(List.of(1L, 4L, 9L, 16L, 25L, 36L), summary.result().get("result"));
        assertEquals("Process 103 : 1, 4", summary.lines().get(7));
    }

    @Test
    void unorderedResultsFollowCompletionOrder() {
        MapSpec spec = MapOptions.of("1..6", "2", "2", true).toSpec();
        List<TaskResult> done = finishedInReverse(new MapWorkload(spec, 3).plan());
        Summary summary = new MapWorkload(spec, 3).finish(done, out);
        assertEquals(List.of(25L, 36L, 9L, 16L, 1L, 4L), summary.result().get("result"));
        assertEquals(List.of(5L, 6L, 3L, 4L, 1L, 2L), summary.result().get("values"));
        assertEquals("completion", summary.result().get("order"));
    }

    @Test
    void invalidOptionsAreBadInput() {
        BadInputException zero = assertThrows(BadInputException.class,
                () -> MapOptions.of("1,2", "2", "0", false).toSpec());
        assertEquals("--chunksize 0 is invalid: use a whole number from 1 to 1e6", zero.getMessage());
        BadInputException word = assertThrows(BadInputException.class,
                () -> MapOptions.of("1,two,3", "2", null, false).toSpec());
        assertEquals("--values 'two' is not a whole number: use a whole number from -1e9 to 1e9",
                word.getMessage());
        assertThrows(BadInputException.class, () -> MapOptions.of("1,2", "-1", null, false).toSpec());
        assertThrows(BadInputException.class, () -> MapOptions.of("1,2", "2", "x", false).toSpec());
        BadInputException big = assertThrows(BadInputException.class,
                () -> MapOptions.of("1000000", "4", null, false).toSpec());
        assertTrue(big.getMessage().contains("more than 64 bits"), big.getMessage());
    }

    /** Results as if task i ran in process 100 + i and the last task finished first. */
    private static List<TaskResult> finishedInReverse(List<Task> plan) {
        List<TaskResult> done = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            Task task = plan.get(i);
            List<Long> results = new ArrayList<>();
            for (String x : task.param("values").split(",")) {
                results.add(MapKernel.power(Long.parseLong(x), task.intParam("power")));
            }
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("first_index", task.longParam("first_index"));
            values.put("results", results);
            values.put("thread", "main");
            values.put("finished_at_ns", 1_000_000L * (plan.size() - i));
            done.add(new TaskResult(task.key(), values, List.of(), 0.0, 100 + plan.size() - i));
        }
        return done;
    }
}
