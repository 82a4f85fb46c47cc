package io.sweep.workloads.selftest;

import io.sweep.results.AtomicFiles;
import io.sweep.results.FileSum;
import io.sweep.engine.DiskFiles;
import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;
import io.sweep.engine.TaskRunner;
import io.sweep.engine.WorkerContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.sweep.solver.Mesh;
import io.sweep.solver.PoissonProblem;
import io.sweep.solver.PoissonSolver;

/** Worker side of the test workload: sleep, optionally crash, throw, run out of memory, not converge or give NaN; write a file. */
public final class SelftestRunner implements TaskRunner {
    /** The file each task writes in its directory. */
    static final String FILE = "square.txt";

    /** Whether a fault is asked of this task (tasks of older plans have no such parameter). */
    private static boolean injected(Task task, String fault) {
        return Boolean.parseBoolean(task.params().getOrDefault(fault, "false"));
    }

    /** Holds what {@link #exhaustHeap} allocates until the heap is full. */
    private static void exhaustHeap() {
        List<long[]> hoard = new java.util.ArrayList<>();
        while (true) {
            hoard.add(new long[1 << 20]);
        }
    }

    @Override
    public TaskResult run(Task task, WorkerContext context) throws Exception {
        int index = task.intParam("index");
        Path dir = context.taskDir(task);
        System.out.println("task " + index + " in pid " + context.pid());
        if (Boolean.parseBoolean(task.param("crash"))) {
            Path marker = dir.resolve("crashed-once");
            if (!Files.exists(marker)) {
                Files.createFile(marker);
                Runtime.getRuntime().halt(3);
            }
        }
        Thread.sleep(task.longParam("millis"));
        if (Boolean.parseBoolean(task.param("fail"))) {
            throw new IllegalStateException("task " + index + " fails on purpose");
        }
        if (injected(task, "oom")) {
            exhaustHeap();
        }
        if (injected(task, "no-convergence")) {
            // Real conjugate gradients, allowed too few iterations to reach their tolerance.
            Mesh mesh = Mesh.unitSquare(16, 16);
            PoissonSolver.setUp(mesh, PoissonProblem.LEFT_AND_RIGHT).withIterationLimit(2)
                    .solve(PoissonProblem.seminar(1.0));
        }
        Object square = injected(task, "nan") ? (Object) Double.NaN : (Object) (index * index);
        Path out = dir.resolve(FILE);
        FileSum sum = AtomicFiles.write(out, (index * index + "\n").getBytes(StandardCharsets.UTF_8));
        return new TaskResult(task.key(), Map.of("index", index, "square", square),
                List.of(DiskFiles.describe(context.outDir(), out, sum)), 0, context.pid());
    }
}
