package io.sweep.workloads.poisson;

import io.sweep.config.study.DesignPoint;
import io.sweep.config.study.Domain;
import io.sweep.config.study.Expression;
import io.sweep.config.study.MeshSize;
import io.sweep.config.study.Side;
import io.sweep.config.study.Study;
import io.sweep.config.study.Term;
import io.sweep.engine.DiskFiles;
import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;
import io.sweep.engine.TaskRunner;
import io.sweep.engine.Trace;
import io.sweep.engine.WorkerContext;
import io.sweep.results.FileSum;
import io.sweep.results.VtuEncoding;
import io.sweep.results.VtuWriter;
import io.sweep.solver.ErrorNorms;
import io.sweep.solver.ExactError;
import io.sweep.solver.Mesh;
import io.sweep.solver.ParallelRows;
import io.sweep.solver.Norms;
import io.sweep.solver.PoissonProblem;
import io.sweep.solver.PoissonSolver;
import io.sweep.solver.RectangleSides;
import io.sweep.solver.ScalarField;
import io.sweep.solver.ScaledField;
import io.sweep.solver.Solution;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker side of poisson: solves one point of a study and writes {@code tasks/<key>/u.vtu}.
 * The expressions are parsed once per worker, the mesh and its solver (stiffness matrix,
 * boundary rows, preconditioner) made once per worker and mesh, so a worker's later points cost
 * only their own load vector and solve; a superposed parameter (one that multiplies the whole
 * source) costs one vector combination after the first.
 */
public final class PoissonRunner implements TaskRunner {
    static final String SOURCE = "source";
    static final String FLUX = "flux";
    static final String DIRICHLET = "dirichlet";
    static final String SIDES = "dirichlet_on";
    static final String DOMAIN = "domain";
    static final String MESH = "mesh";
    static final String SUPERPOSED = Task.SUPERPOSED;
    static final String ENCODING = "encoding";
    /** The exact solution's text, present only when the study has one. */
    static final String EXACT = "exact";
    /** Prefix of a parameter's value: {@code param.w} = {@link Double#toString} of its value. */
    static final String PARAM = "param.";
    /** The errors against the exact solution, in a task's values when it has one. */
    static final String L2_ERROR = "L2_error";
    static final String H1_ERROR = "H1_error";
    /** Threads of the task's solver: how it runs, not what it computes (the bits are the same for any count). */
    static final String THREADS = Task.THREADS;
    /** The file each task writes, relative to its task directory. */
    static final String VTU = "u.vtu";

    /**
     * A mesh with its solver, and the CG iterations of the unit solutions it superposes: a
     * superposed point reports those, whichever worker or order produced it, so that its row has
     * the same iterations under any --procs, mode or backend.
     */
    private record Setup(Mesh mesh, RectangleSides part, PoissonSolver solver, AtomicInteger unitIterations) {
    }

    /** What a task carries: the problem as typed, the point's values and the mesh. */
    static Map<String, String> params(Study study, DesignPoint point, VtuEncoding encoding, Optional<Expression> exact) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(SOURCE, study.problem().source().text());
        params.put(FLUX, study.problem().flux().text());
        params.put(DIRICHLET, study.problem().dirichlet().text());
        params.put(SIDES, study.problem().sidesLabel());
        params.put(DOMAIN, study.problem().domain().label());
        params.put(MESH, point.mesh().label());
        params.put(SUPERPOSED, study.superposed().orElse(""));
        params.put(ENCODING, encoding.name());
        exact.ifPresent(e -> params.put(EXACT, e.text()));
        point.values().forEach((name, value) -> params.put(PARAM + name, Double.toString(value)));
        return params;
    }

    @Override
    public TaskResult run(Task task, WorkerContext context) throws Exception {
        Map<String, Double> values = new LinkedHashMap<>();
        task.params().forEach((name, value) -> {
            if (name.startsWith(PARAM)) {
                values.put(name.substring(PARAM.length()), Double.parseDouble(value));
            }
        });
        MeshSize size = MeshSize.parse(task.param(MESH), MESH);
        Domain domain = Domain.parse(task.param(DOMAIN));
        Set<Side> sides = Side.parseList(task.param(SIDES));
        String meshKey = "poisson-mesh:" + domain.label() + ":" + size.label();
        int threads = task.params().containsKey(THREADS) ? task.intParam(THREADS) : 1;
        Mesh mesh = context.cached(meshKey, () -> Mesh.rectangle(domain.x0(), domain.y0(), domain.x1(), domain.y1(),
                size.nx(), size.ny(), new ParallelRows(threads)));
        // A solver keeps scratch vectors and what it learnt from earlier points: one per thread (in
        // a child JVM that is the one main thread; in --mode threads, each pool thread). Keyed by
        // text and holding its own Dirichlet part, so that a cold worker never calls a record's
        // toString or equals: their first call builds method handles, 50 ms for this 8-field record.
        Setup setup = context.cached(meshKey + ":" + task.param(SIDES) + ":threads-" + threads + ":thread-"
                        + Thread.currentThread().getId(), () -> {
                    RectangleSides part = RectangleSides.of(mesh, sides.contains(Side.LEFT),
                            sides.contains(Side.RIGHT), sides.contains(Side.BOTTOM), sides.contains(Side.TOP));
                    return new Setup(mesh, part, PoissonSolver.setUp(mesh, part, threads), new AtomicInteger());
                });
        PoissonProblem problem = new PoissonProblem(source(task, context, values), field(task, context, FLUX, values),
                setup.part(), field(task, context, DIRICHLET, values));
        Trace.mark(task.key() + ": mesh, assembly and multigrid set up");
        Solution solution = setup.solver().solve(problem);
        Trace.mark(task.key() + ": solved, norms computed (" + solution.iterations() + " CG iterations)");
        int iterations = solution.iterations();
        if (!task.param(SUPERPOSED).isEmpty()) {
            if (iterations > 0) {
                setup.unitIterations().set(iterations);
            } else {
                iterations = setup.unitIterations().get();
            }
        }
        Path vtu = context.taskDir(task).resolve(VTU);
        Map<String, Double> fieldData = new LinkedHashMap<>(values);
        fieldData.put("nx", (double) size.nx());
        fieldData.put("ny", (double) size.ny());
        FileSum sum = VtuWriter.write(vtu, mesh, solution.u(), fieldData, VtuEncoding.valueOf(task.param(ENCODING)));
        Trace.mark(task.key() + ": u.vtu written and checksummed");
        Map<String, Object> results = values(solution, iterations);
        if (task.params().containsKey(EXACT)) {
            ErrorNorms errors = ExactError.of(mesh, solution.u(), field(task, context, EXACT, values));
            results.put(L2_ERROR, errors.normL2());
            results.put(H1_ERROR, errors.seminormH1());
        }
        return new TaskResult(task.key(), results, List.of(DiskFiles.describe(context.outDir(), vtu, sum)),
                0, context.pid());
    }

    /** f, as c·shape when a parameter c multiplies the whole source (the solver then superposes). */
    private static ScalarField source(Task task, WorkerContext context, Map<String, Double> values) {
        String superposed = task.param(SUPERPOSED);
        Expression source = expression(task, context, SOURCE);
        if (!superposed.isEmpty()) {
            return new ScaledField(values.get(superposed),
                    superposable(context, source.text() + " without " + superposed,
                            source.factor(superposed).orElseThrow(), values));
        }
        return new TermField(source.bind(values));
    }

    private static ScalarField field(Task task, WorkerContext context, String name, Map<String, Double> values) {
        Expression expression = expression(task, context, name);
        return task.param(SUPERPOSED).isEmpty() ? new TermField(expression.bind(values))
                : superposable(context, expression.text(), expression.root(), values);
    }

    /**
     * The field of a superposed task's term bound to the values it uses, one object per worker:
     * the solver finds that its unit solutions fit by identity, where comparing the trees would
     * call the records' equals, whose first call in a JVM builds method handles (5 record types,
     * tens of milliseconds of a cold worker).
     */
    private static ScalarField superposable(WorkerContext context, String text, Term term, Map<String, Double> values) {
        Set<String> names = new TreeSet<>();
        term.collectParameters(names);
        StringBuilder key = new StringBuilder("poisson-field:").append(text);
        for (String parameter : names) {
            key.append(':').append(parameter).append('=').append(values.get(parameter));
        }
        return context.cached(key.toString(), () -> new TermField(term.bind(values)));
    }

    private static Expression expression(Task task, WorkerContext context, String name) {
        String text = task.param(name);
        return context.cached("poisson-expression:" + name + ":" + text, () -> Expression.parse("--" + name, text));
    }

    private static Map<String, Object> values(Solution solution, int iterations) {
        Norms norms = solution.norms();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("l2_dofs", norms.l2Dofs());
        values.put("L2", norms.normL2());
        values.put("H1_semi", norms.seminormH1());
        values.put("min", norms.min());
        values.put("max", norms.max());
        values.put("iterations", iterations);
        return values;
    }
}
