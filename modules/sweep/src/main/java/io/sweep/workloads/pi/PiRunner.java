package io.sweep.workloads.pi;

import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;
import io.sweep.engine.TaskRunner;
import io.sweep.engine.WorkerContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Monte Carlo π, worker side: counts the hits of the task's blocks. */
public final class PiRunner implements TaskRunner {

    @Override
    public TaskResult run(Task task, WorkerContext context) {
        long start = System.nanoTime();
        PiSpec spec = new PiSpec(task.longParam("points"), task.longParam("seed"),
                task.intParam("block_size"));
        long first = task.longParam("first_block");
        long end = task.longParam("end_block");
        long inside = 0;
        long points = 0;
        for (long block = first; block < end; block++) {
            int length = spec.blockLength(block);
            inside += PiKernel.countInside(spec.seed(), block, length);
            points += length;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("inside", inside);
        values.put("points", points);
        return new TaskResult(task.key(), values, List.of(),
                (System.nanoTime() - start) / 1e9, context.pid());
    }
}
