package io.sweep.workloads.pi;

import io.sweep.config.SweepSpec;
import io.sweep.engine.Summary;
import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;
import io.sweep.engine.Workload;
import io.sweep.workloads.IndexRange;
import io.sweep.workloads.TaskSeconds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Monte Carlo π, parent side: one task per contiguous range of blocks (one range per worker, as
 * the seminar gives each process n/np points), and the estimate from the sum of the hits.
 */
public final class PiWorkload implements Workload {
    public static final String NAME = "pi";

    private final PiSpec spec;
    private final int parts;

    /** @param parts how many tasks to cut the blocks into, usually the number of workers */
    public PiWorkload(PiSpec spec, int parts) {
        this.spec = spec;
        this.parts = parts;
    }

    /** The catalog's factory: one task per worker. */
    public static PiWorkload from(PiOptions options, SweepSpec sweep) {
        return new PiWorkload(options.toSpec(), sweep.procs());
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("points", spec.points());
        parameters.put("seed", spec.seed());
        parameters.put("block_size", spec.blockSize());
        return parameters;
    }

    /** The counting loop runs about 1.6 times faster under C2 (0.20 s instead of 0.32 s per worker for 1e8 points). */
    @Override
    public boolean workersOptimise() {
        return true;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Task> plan() {
        List<Task> tasks = new ArrayList<>();
        for (IndexRange blocks : IndexRange.split(spec.blockCount(), parts)) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("points", Long.toString(spec.points()));
            params.put("seed", Long.toString(spec.seed()));
            params.put("block_size", Integer.toString(spec.blockSize()));
            params.put("first_block", Long.toString(blocks.start()));
            params.put("end_block", Long.toString(blocks.end()));
            tasks.add(new Task("blocks=" + blocks.start() + "-" + (blocks.end() - 1), NAME, params));
        }
        return tasks;
    }

    @Override
    public Summary finish(List<TaskResult> done, Path outDir) {
        long inside = 0;
        long points = 0;
        for (TaskResult result : done) {
            inside += (long) result.number("inside");
            points += (long) result.number("points");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        if (points == 0) {
            values.put("result", null);
            lines.add("no pi task finished: no estimate");
            return new Summary(values, lines);
        }
        PiEstimate estimate = new PiEstimate(inside, points);
        values.put("result", estimate.value());
        values.put("standard_error", estimate.standardError());
        values.put("errors_from_pi", estimate.errorsFromPi());
        values.put("inside", inside);
        values.put("points", points);
        values.put("seed", spec.seed());
        values.put("block_size", spec.blockSize());
        values.put("blocks", spec.blockCount());
        values.put("task_seconds", TaskSeconds.sum(done));
        lines.add(String.format("estimated value of Pi: %.10f +- %.2g (standard error; %.2f from pi)",
                estimate.value(), estimate.standardError(), estimate.errorsFromPi()));
        lines.add(String.format("%d points in %d blocks of %d, seed %d (repeat with --seed %d)",
                points, spec.blockCount(), spec.blockSize(), spec.seed(), spec.seed()));
        if (points != spec.points()) {
            lines.add("incomplete: only " + points + " of " + spec.points()
                    + " points were drawn, some tasks failed");
        }
        return new Summary(values, lines);
    }
}
