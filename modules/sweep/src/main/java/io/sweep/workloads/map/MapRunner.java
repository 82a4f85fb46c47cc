package io.sweep.workloads.map;

import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;
import io.sweep.engine.TaskRunner;
import io.sweep.engine.WorkerContext;
import io.sweep.workloads.WorkerThread;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The map, worker side: applies power(x, n) to the task's chunk of values and says which process
 * and thread did it, and when it finished (for {@code --unordered}'s completion order).
 */
public final class MapRunner implements TaskRunner {

    @Override
    public TaskResult run(Task task, WorkerContext context) {
        long start = System.nanoTime();
        int power = task.intParam("power");
        List<Long> results = new ArrayList<>();
        for (String x : task.param("values").split(",")) {
            results.add(MapKernel.power(Long.parseLong(x), power));
        }
        Instant finished = Instant.now();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("first_index", task.longParam("first_index"));
        values.put("results", results);
        values.put("thread", WorkerThread.current());
        values.put("finished_at_ns", finished.getEpochSecond() * 1_000_000_000L + finished.getNano());
        return new TaskResult(task.key(), values, List.of(),
                (System.nanoTime() - start) / 1e9, context.pid());
    }
}
