package io.sweep.workloads.series;

import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;
import io.sweep.engine.TaskRunner;
import io.sweep.engine.WorkerContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The series, worker side: the partial sum over the task's range of z. */
public final class SeriesRunner implements TaskRunner {

    @Override
    public TaskResult run(Task task, WorkerContext context) {
        long start = System.nanoTime();
        int k = task.intParam("k");
        SeriesKernel kernel = context.cached("series-kernel-k=" + k, () -> new SeriesKernel(k));
        long from = task.longParam("from");
        long to = task.longParam("to");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("from", from);
        values.put("to", to);
        values.put("sum", kernel.sum(from, to));
        return new TaskResult(task.key(), values, List.of(),
                (System.nanoTime() - start) / 1e9, context.pid());
    }
}
