package io.sweep.workloads.map;

import io.sweep.config.SweepSpec;
import io.sweep.engine.Summary;
import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;
import io.sweep.engine.Workload;
import io.sweep.workloads.IndexRange;
import io.sweep.workloads.TaskSeconds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The seminar's Pool.map / imap_unordered / starmap examples, parent side: one task per chunk of
 * values; the summary lists which worker handled which value, the results in input order (or in
 * completion order with --unordered), and each process's share, as the seminar prints them.
 */
public final class MapWorkload implements Workload {
    public static final String NAME = "map";

    private final MapSpec spec;
    private final int workers;

    public MapWorkload(MapSpec spec, int workers) {
        this.spec = spec;
        this.workers = workers;
    }

    /** The catalog's factory: Python's default chunk size depends on the number of workers. */
    public static MapWorkload from(MapOptions options, SweepSpec sweep) {
        return new MapWorkload(options.toSpec(), sweep.procs());
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("values", spec.values().size() <= 1000 ? spec.values() : spec.values().size() + " values");
        parameters.put("power", spec.power());
        parameters.put("chunksize", spec.chunksizeFor(workers));
        parameters.put("unordered", spec.unordered());
        return parameters;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Task> plan() {
        List<Task> tasks = new ArrayList<>();
        for (IndexRange chunk : IndexRange.chunks(spec.values().size(), spec.chunksizeFor(workers))) {
            List<Long> xs = spec.values().subList((int) chunk.start(), (int) chunk.end());
            Map<String, String> params = new LinkedHashMap<>();
            params.put("power", Integer.toString(spec.power()));
            params.put("first_index", Long.toString(chunk.start()));
            params.put("values", xs.stream().map(String::valueOf).collect(Collectors.joining(",")));
            tasks.add(new Task("items=" + chunk.start() + "-" + (chunk.end() - 1), NAME, params));
        }
        return tasks;
    }

    @Override
    public Summary finish(List<TaskResult> done, Path outDir) {
        List<MappedValue> inInputOrder = MappedValue.fromResults(done, spec.values());
        List<MappedValue> reported = spec.unordered() ? inCompletionOrder(inInputOrder) : inInputOrder;
        List<Long> results = reported.stream().map(MappedValue::result).toList();

        List<String> lines = new ArrayList<>();
        for (MappedValue value : inInputOrder) {
            lines.add("Worker process id for " + value.x() + " : " + value.pid());
        }
        lines.add(results.toString());
        Set<Long> threaded = MappedValue.pidsWithSeveralThreads(inInputOrder);
        Map<String, List<Long>> byWorker = new LinkedHashMap<>();
        for (MappedValue value : inInputOrder) {
            byWorker.computeIfAbsent(value.workerLabel(threaded), w -> new ArrayList<>()).add(value.result());
        }
        byWorker.forEach((worker, values) -> lines.add("Process " + worker + " : "
                + values.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        if (inInputOrder.size() != spec.values().size()) {
            lines.add("incomplete: " + inInputOrder.size() + " of " + spec.values().size()
                    + " values were mapped, some tasks failed");
        }

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("result", results);
        summary.put("values", reported.stream().map(MappedValue::x).toList());
        summary.put("pids", reported.stream().map(MappedValue::pid).toList());
        summary.put("power", spec.power());
        summary.put("chunksize", spec.chunksizeFor(workers));
        summary.put("order", spec.unordered() ? "completion" : "input");
        summary.put("task_seconds", TaskSeconds.sum(done));
        return new Summary(summary, lines);
    }

    private static List<MappedValue> inCompletionOrder(List<MappedValue> values) {
        return values.stream()
                .sorted(Comparator.comparingLong(MappedValue::finishedAtNanos)
                        .thenComparingLong(MappedValue::index))
                .toList();
    }
}
