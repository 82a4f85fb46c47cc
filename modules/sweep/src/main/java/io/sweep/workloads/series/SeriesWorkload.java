package io.sweep.workloads.series;

import io.sweep.config.SweepSpec;
import io.sweep.engine.Summary;
import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;
import io.sweep.engine.Workload;
import io.sweep.workloads.IndexRange;
import io.sweep.workloads.TaskSeconds;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seminar's series, parent side: z = 0 .. n-1 cut into one contiguous chunk per worker (every
 * z costs the same), partial sums added in plan order so that the result does not depend on which
 * task finished first.
 */
public final class SeriesWorkload implements Workload {
    public static final String NAME = "series";

    private final SeriesSpec spec;
    private final int parts;

    /** @param parts how many tasks to cut the z range into, usually the number of workers */
    public SeriesWorkload(SeriesSpec spec, int parts) {
        this.spec = spec;
        this.parts = parts;
    }

    /** The catalog's factory: one chunk of z per worker. */
    public static SeriesWorkload from(SeriesOptions options, SweepSpec sweep) {
        return new SeriesWorkload(options.toSpec(), sweep.procs());
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("n", spec.n(), "k", spec.k());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Task> plan() {
        List<Task> tasks = new ArrayList<>();
        for (IndexRange range : IndexRange.split(spec.n(), parts)) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("k", Integer.toString(spec.k()));
            params.put("from", Long.toString(range.start()));
            params.put("to", Long.toString(range.end()));
            tasks.add(new Task("z=" + range.start() + "-" + (range.end() - 1), NAME, params));
        }
        return tasks;
    }

    @Override
    public Summary finish(List<TaskResult> done, Path outDir) {
        List<TaskResult> ordered = new ArrayList<>(done);
        ordered.sort((a, b) -> Double.compare(a.number("from"), b.number("from")));
        double total = 0;
        long covered = 0;
        for (TaskResult result : ordered) {
            total += result.number("sum");
            covered += (long) (result.number("to") - result.number("from"));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("result", covered == 0 ? null : total);
        values.put("n", spec.n());
        values.put("k", spec.k());
        values.put("z_summed", covered);
        values.put("task_seconds", TaskSeconds.sum(done));
        List<String> lines = new ArrayList<>();
        lines.add("Result =  " + pythonRepr(total));
        if (covered != spec.n()) {
            lines.add("incomplete: only " + covered + " of " + spec.n() + " values of z were summed, some tasks failed");
        }
        return new Summary(values, lines);
    }

    /** Python's shortest repr of a float for the seminar's magnitudes: 500172313292.345. */
    static String pythonRepr(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        String plain = new BigDecimal(Double.toString(value)).toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}
