package io.sweep.workloads.selftest;

import io.sweep.results.AtomicFiles;
import io.sweep.config.BadInputException;
import io.sweep.config.SweepSpec;
import io.sweep.engine.Summary;
import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;
import io.sweep.engine.Workload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's own test workload: task i sleeps, then writes i² to a file. Lets the engine's
 * tests exercise scheduling, crashes, retries, timeouts and resume without depending on the
 * solver; a crash, a failure, an OutOfMemoryError, a solver that cannot converge in its limit or
 * a value that is not finite is injected on request.
 */
public final class SelftestWorkload implements Workload {
    private final SelftestOptions options;

    public SelftestWorkload(SelftestOptions options, SweepSpec spec) {
        if (options.tasks < 1 || options.millis < 0) {
            throw new BadInputException("--selftest-tasks must be >= 1 and --selftest-ms >= 0");
        }
        this.options = options;
    }

    @Override
    public String name() {
        return "selftest";
    }

    @Override
    public List<Task> plan() {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < options.tasks; i++) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("index", Integer.toString(i));
            params.put("millis", Integer.toString(options.millis));
            params.put("crash", Boolean.toString(options.crash.equals(Integer.toString(i))));
            params.put("fail", Boolean.toString(options.fail.equals(Integer.toString(i))));
            params.put("oom", Boolean.toString(options.oom.equals(Integer.toString(i))));
            params.put("no-convergence", Boolean.toString(options.noConvergence.equals(Integer.toString(i))));
            params.put("nan", Boolean.toString(options.nan.equals(Integer.toString(i))));
            tasks.add(new Task("task-" + i, name(), params));
        }
        return tasks;
    }

    @Override
    public List<String> expectedFiles(Task task) {
        return List.of(SelftestRunner.FILE);
    }

    @Override
    public Map<String, Object> problem() {
        return Map.of("millis", options.millis);
    }

    @Override
    public Summary finish(List<TaskResult> done, Path outDir) throws IOException {
        long sum = 0;
        for (TaskResult r : done) {
            sum += (long) r.number("square");
        }
        AtomicFiles.write(outDir.resolve("selftest.txt"),
                (done.size() + " tasks, sum of squares " + sum + "\n").getBytes(StandardCharsets.UTF_8));
        return new Summary(Map.of("result", sum), List.of("sum of squares: " + sum));
    }
}
