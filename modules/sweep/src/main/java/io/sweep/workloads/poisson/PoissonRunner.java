package io.sweep.workloads.poisson;

import io.sweep.engine.DiskFiles;
import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;
import io.sweep.engine.TaskRunner;
import io.sweep.engine.WorkerContext;
import io.sweep.results.VtuEncoding;
import io.sweep.results.VtuWriter;
import io.sweep.solver.Mesh;
import io.sweep.solver.Norms;
import io.sweep.solver.PoissonProblem;
import io.sweep.solver.PoissonSolver;
import io.sweep.solver.Solution;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The worker side of poisson: solves for one α and writes {@code tasks/<key>/u.vtu}. The mesh and
 * the solver set up for it (stiffness matrix, boundary rows, preconditioner) are made once per
 * worker and mesh size, so a worker's later α cost only what the solver still has to learn.
 */
public final class PoissonRunner implements TaskRunner {
    static final String ALPHA = "alpha";
    static final String MESH = "mesh";
    static final String ENCODING = "encoding";
    static final String THREADS = "threads";
    /** The file each task writes, relative to its task directory. */
    static final String VTU = "u.vtu";

    /** A mesh with its solver. */
    private record Setup(Mesh mesh, PoissonSolver solver) {
    }

    @Override
    public TaskResult run(Task task, WorkerContext context) throws Exception {
        double alpha = task.doubleParam(ALPHA);
        int n = task.intParam(MESH);
        int threads = task.params().containsKey(THREADS) ? task.intParam(THREADS) : 1;
        // A solver keeps scratch vectors and what it learnt from earlier α: one per thread (in
        // a child JVM that is the one main thread; in --mode threads, each pool thread).
        Mesh mesh = context.cached("poisson-mesh:" + n, () -> Mesh.unitSquare(n, n));
        Setup setup = context.cached("poisson:" + n + ":threads-" + threads + ":thread-" + Thread.currentThread().getId(),
                () -> new Setup(mesh, PoissonSolver.setUp(mesh, PoissonProblem.LEFT_AND_RIGHT, threads)));
        Solution solution = setup.solver().solve(PoissonProblem.seminar(alpha));
        Path vtu = context.taskDir(task).resolve(VTU);
        VtuWriter.write(vtu, setup.mesh(), solution.u(), Map.of("alpha", alpha, "mesh", (double) n),
                VtuEncoding.valueOf(task.param(ENCODING)));
        return new TaskResult(task.key(), values(alpha, solution), List.of(DiskFiles.describe(context.outDir(), vtu)),
                0, context.pid());
    }

    private static Map<String, Object> values(double alpha, Solution solution) {
        Norms norms = solution.norms();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("alpha", alpha);
        values.put("l2_dofs", norms.l2Dofs());
        values.put("L2", norms.normL2());
        values.put("H1_semi", norms.seminormH1());
        values.put("min", norms.min());
        values.put("max", norms.max());
        values.put("iterations", solution.iterations());
        return values;
    }
}
