package io.sweep.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A workload for engine tests: named "test", plans nothing, expects the given files of each task. */
record TestWorkload(List<String> expected) implements Workload {
    @Override
    public String name() {
        return "test";
    }

    @Override
    public List<Task> plan() {
        return List.of();
    }

    @Override
    public List<String> expectedFiles(Task task) {
        return expected;
    }

    @Override
    public Summary finish(List<TaskResult> done, Path outDir) {
        return new Summary(Map.of(), List.of());
    }
}
