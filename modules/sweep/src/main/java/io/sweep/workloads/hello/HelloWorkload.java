package io.sweep.workloads.hello;

import io.sweep.config.SweepSpec;
import io.sweep.engine.Summary;
import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;
import io.sweep.engine.Workload;
import io.sweep.workloads.TaskSeconds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seminar's hello, parent side: one task per greeting; the summary prints the greetings in
 * the order they finished (which the sleeps decide, not the task order), then "Done!".
 */
public final class HelloWorkload implements Workload {
    public static final String NAME = "hello";

    private final HelloSpec spec;

    public HelloWorkload(HelloSpec spec) {
        this.spec = spec;
    }

    /** The catalog's factory. */
    public static HelloWorkload from(HelloOptions options, SweepSpec sweep) {
        return new HelloWorkload(options.toSpec());
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("greetings", spec.greetings());
        parameters.put("sleep_ms", List.of(spec.minMillis(), spec.maxMillis()));
        parameters.put("sleep_seed", spec.seed());
        return parameters;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Task> plan() {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < spec.greetings(); i++) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("index", Integer.toString(i));
            params.put("sleep_ms", Long.toString(spec.sleepMillis(i)));
            tasks.add(new Task("hello-" + i, NAME, params));
        }
        return tasks;
    }

    @Override
    public Summary finish(List<TaskResult> done, Path outDir) {
        List<TaskResult> byCompletion = new ArrayList<>(done);
        byCompletion.sort(Comparator
                .comparingLong((TaskResult r) -> ((Number) r.values().get("finished_at_ns")).longValue())
                .thenComparingDouble(r -> r.number("index")));
        List<String> lines = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (TaskResult result : byCompletion) {
            lines.add(String.valueOf(result.values().get("greeting")));
            order.add((int) result.number("index"));
        }
        lines.add(done.size() == spec.greetings() ? "Done!"
                : "Done, but only " + done.size() + " of " + spec.greetings() + " greeted: some tasks failed");
        lines.add("sleep times from seed " + spec.seed() + " (repeat with --sleep-seed " + spec.seed() + ")");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("result", order);
        values.put("pids", byCompletion.stream().map(TaskResult::pid).toList());
        values.put("seed", spec.seed());
        values.put("task_seconds", TaskSeconds.sum(done));
        return new Summary(values, lines);
    }
}
