package io.sweep.workloads.hello;

import io.sweep.config.BadInputException;
import io.sweep.engine.Summary;
import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;
import io.sweep.workloads.InProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HelloWorkloadTest {
    @TempDir
    Path out;

    @Test
    void sleepsAreWholeMillisecondsInTheRangeAndRepeatableForASeed() {
        HelloSpec spec = HelloOptions.of("10", "1..3", "5").toSpec();
        assertEquals(new HelloSpec(10, 5, 1000, 3000), spec);
        Set<Long> distinct = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            long sleep = spec.sleepMillis(i);
            assertTrue(sleep >= 1000 && sleep <= 3000, "sleep " + sleep);
            assertEquals(sleep, new HelloSpec(10, 5, 1000, 3000).sleepMillis(i));
            distinct.add(sleep);
        }
        assertTrue(distinct.size() > 5, "sleeps " + distinct);
    }

    @Test
    void eachTaskSleepsThenGreetsWithItsIndexNameAndPid() throws Exception {
        HelloSpec spec = HelloOptions.of("3", "0.01..0.03", "1").toSpec();
        HelloWorkload workload = new HelloWorkload(spec);
        List<TaskResult> done = InProcess.runAll(workload, new HelloRunner(), out);
        long pid = ProcessHandle.current().pid();
        for (int i = 0; i < 3; i++) {
            TaskResult result = done.get(i);
            assertTrue(result.computeSeconds() >= spec.sleepMillis(i) / 1000.0, "slept " + result.computeSeconds());
            String greeting = (String) result.values().get("greeting");
            assertTrue(greeting.startsWith("[" + i + "] Hello! hello-" + i + " pid " + pid), greeting);
        }
        Summary summary = workload.finish(done, out);
        assertEquals("Done!", summary.lines().get(3));
    }

    @Test
    void greetingsAreListedInCompletionOrder() {
        HelloSpec spec = HelloOptions.of("3", "0..0", "1").toSpec();
        HelloWorkload workload = new HelloWorkload(spec);
        List<TaskResult> done = new ArrayList<>();
        long[] finishedAt = {30, 10, 20};
        for (Task task : workload.plan()) {
            int index = task.intParam("index");
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("index", index);
            values.put("finished_at_ns", finishedAt[index]);
            values.put("greeting", "[" + index + "] Hello!");
            done.add(new TaskResult(task.key(), values, List.of(), 0, 1));
        }
        Summary summary = workload.finish(done, out);
        assertEquals(List.of(1, 2, 0), summary.result().get("result"));
        assertEquals(List.of("[1] Hello!", "[2] Hello!", "[0] Hello!", "Done!",
                "sleep times from seed 1 (repeat with --sleep-seed 1)"), summary.lines());
    }

    @Test
    void invalidOptionsAreBadInput() {
        assertThrows(BadInputException.class, () -> HelloOptions.of("0", "1..3", "1").toSpec());
        assertThrows(BadInputException.class, () -> HelloOptions.of("3", "3..1", "1").toSpec());
        BadInputException e = assertThrows(BadInputException.class,
                () -> HelloOptions.of("3", "soon", "1").toSpec());
        assertEquals("--sleep 'soon' is invalid: use MIN..MAX in seconds, like 1..3", e.getMessage());
    }
}
