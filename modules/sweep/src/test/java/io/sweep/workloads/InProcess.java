package io.sweep.workloads;

import io.sweep.engine.LocalWorkerContext;
import io.sweep.engine.Summary;
import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;
import io.sweep.engine.TaskRunner;
import io.sweep.engine.WorkerContext;
import io.sweep.engine.Workload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a workload's tasks one after the other in the test's own process: the trivial engine. */
public final class InProcess {
    private InProcess() {
    }

    /** A worker context for one test: its own cache, the given output directory. */
    public static WorkerContext context(Path outDir) {
        return new LocalWorkerContext(outDir);
    }

    public static List<TaskResult> runAll(Workload workload, TaskRunner runner, Path outDir) throws Exception {
        WorkerContext context = context(outDir);
        List<TaskResult> results = new ArrayList<>();
        for (Task task : workload.plan()) {
            results.add(runner.run(task, context));
        }
        return results;
    }

    public static Summary run(Workload workload, TaskRunner runner, Path outDir) throws Exception {
        return workload.finish(runAll(workload, runner, outDir), outDir);
    }
}
