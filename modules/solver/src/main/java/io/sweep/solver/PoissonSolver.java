package io.sweep.solver;

/**
 * Solves the Poisson problem on one mesh with one Dirichlet part. Everything that does not depend
 * on the data (stiffness matrix, boundary rows, preconditioner) is set up once, so that a process
 * solving several α pays for it once.
 *
 * <p>The linear solver is conjugate gradients preconditioned by a geometric multigrid V-cycle,
 * stopped at a relative residual ‖b - A u‖₂ ≤ {@value #TOLERANCE}·‖b‖₂: about 10-12 iterations
 * whatever the mesh size, and nodal values agreeing with DOLFIN's to about 1e-10. By default
 * everything is matrix-free ({@link StencilOperator}, {@link StencilMultigrid}) and its loops run
 * on a given number of threads with the same bits for any count; a system assembled as a
 * {@link CsrMatrix} gets the algebraic hierarchy ({@link Multigrid}) instead. An instance keeps
 * scratch vectors: use one per thread.
 *
 * <p>When the source is a {@link ScaledField} c·s (as in {@link PoissonProblem#seminar}), the
 * solver uses that the problem is linear in its data: u = c·u_s + u_r, where u_s solves for the
 * source s with no flux and u_D = 0, and u_r for no source with the problem's flux and u_D. The
 * first such problem solves both (two CG solves); later ones with the same s, flux and u_D (the
 * same objects, or equal ones) cost one vector combination and the norms, whatever c is.
 */
public final class PoissonSolver {

    /** Relative residual at which conjugate gradients stop. */
    public static final double TOLERANCE = 1e-12;

    private static final int MAX_ITERATIONS = 500;

    private final SystemMatrix system;
    private final Preconditioner multigrid;
    private final ParallelRows parallel;
    private final ConjugateGradient linearSolver;
    private Superposition superposition;

    /** The two unit solutions of a scaled source, kept for the next factor. */
    private record Superposition(ScalarField shape, ScalarField flux, ScalarField dirichletData,
                                 double[] shapeSolution, double[] restSolution) {
        /** Equal fields (the same object, or equal records such as parsed expressions) give the same solutions. */
        boolean fits(ScaledField source, PoissonProblem problem) {
            return same(source.shape(), shape) && same(problem.flux(), flux)
                    && same(problem.dirichletData(), dirichletData);
        }
    }

    /**
     * a equals b, the same object tried first: a record's first equals in a JVM builds method
     * handles, milliseconds for each record type of a cold worker (8 ms for a Dirichlet part).
     */
    private static boolean same(Object a, Object b) {
        return a == b || a.equals(b);
    }

    private PoissonSolver(SystemMatrix system, Preconditioner multigrid, ParallelRows parallel, int maxIterations) {
        this.system = system;
        this.multigrid = multigrid;
        this.parallel = parallel;
        this.linearSolver = new ConjugateGradient(system.operator(), multigrid, parallel, TOLERANCE, maxIterations);
    }

    /**
     * The same set-up with another limit on conjugate-gradient iterations; a solve that reaches it
     * throws {@link NoConvergenceException}.
     */
    public PoissonSolver withIterationLimit(int maxIterations) {
        return new PoissonSolver(system, multigrid, parallel, maxIterations);
    }

    /** Sets up the matrix-free solver for this mesh and Dirichlet part, on one thread. */
    public static PoissonSolver setUp(Mesh mesh, BoundaryPart dirichletPart) {
        return setUp(mesh, dirichletPart, 1);
    }

    /**
     * Sets up the matrix-free solver (stencil operator and multigrid) whose loops run on
     * {@code threads} threads; the results have the same bits for any thread count.
     */
    public static PoissonSolver setUp(Mesh mesh, BoundaryPart dirichletPart, int threads) {
        return setUp(SystemMatrix.stencil(mesh, dirichletPart, threads));
    }

    /** Sets up the linear solver (the multigrid hierarchy) for a system, assembled or matrix-free. */
    public static PoissonSolver setUp(SystemMatrix system) {
        if (system.operator() instanceof StencilOperator stencil) {
            return new PoissonSolver(system, StencilMultigrid.build(stencil), stencil.parallel(), MAX_ITERATIONS);
        }
        if (system.operator() instanceof CsrMatrix matrix) {
            Mesh mesh = system.mesh();
            return new PoissonSolver(system, Multigrid.build(matrix, mesh.nx(), mesh.ny()), new ParallelRows(1),
                    MAX_ITERATIONS);
        }
        throw new IllegalArgumentException("no multigrid for an operator of type "
                + system.operator().getClass().getSimpleName());
    }

    /**
     * Bytes of heap that setting up the matrix-free solver on an nx by ny mesh and solving the
     * seminar's problem need, for a check before a run.
     */
    public static long estimatedBytes(int nx, int ny) {
        return MemoryCheck.estimatedBytes(nx, ny);
    }

    /** Solves for one data set; the problem's Dirichlet part must be the one this solver was set up for. */
    public Solution solve(PoissonProblem problem) {
        if (problem.source() instanceof ScaledField scaled) {
            return solveScaled(problem, scaled);
        }
        double[] rhs = rightHandSide(problem);
        double[] u = new double[rhs.length];
        int iterations = solveSystem(rhs, u);
        return new Solution(u, norms(u), iterations);
    }

    /**
     * u = c·u_s + u_r from the cached unit solutions, solving for them first when the shape, flux
     * or Dirichlet value changed. Reports the CG iterations of this call (0 when cached).
     */
    private Solution solveScaled(PoissonProblem problem, ScaledField scaled) {
        int iterations = 0;
        if (superposition == null || !superposition.fits(scaled, problem)) {
            ScalarField zero = (x, y) -> 0.0;
            double[] shapeRhs = rightHandSide(new PoissonProblem(scaled.shape(), zero,
                    problem.dirichletPart(), 0.0));
            double[] shapeSolution = new double[shapeRhs.length];
            iterations += solveSystem(shapeRhs, shapeSolution);
            double[] restRhs = rightHandSide(new PoissonProblem(zero, problem.flux(),
                    problem.dirichletPart(), problem.dirichletData()));
            double[] restSolution = new double[restRhs.length];
            iterations += solveSystem(restRhs, restSolution);
            superposition = new Superposition(scaled.shape(), problem.flux(),
                    problem.dirichletData(), shapeSolution, restSolution);
        }
        double c = scaled.factor();
        double[] s = superposition.shapeSolution(), r = superposition.restSolution();
        double[] u = new double[s.length];
        parallel.run(u.length, u.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                u[i] = c * s[i] + r[i];
            }
        });
        return new Solution(u, norms(u), iterations);
    }

    /** The norms of a function on this solver's mesh, on its threads ({@link FunctionNorms}). */
    public Norms norms(double[] u) {
        return FunctionNorms.of(system.mesh(), u, parallel);
    }

    /** Assembles the right-hand side of a problem (load vector with the Dirichlet rows applied). */
    public double[] rightHandSide(PoissonProblem problem) {
        if (!same(problem.dirichletPart(), system.dirichletPart())) {
            throw new IllegalArgumentException("this solver was set up for another Dirichlet part:"
                    + " set up a solver for the problem's own part");
        }
        return system.rightHandSide(problem);
    }

    /** Solves A u = rhs into u and returns the conjugate-gradient iterations taken. */
    public int solveSystem(double[] rhs, double[] u) {
        return linearSolver.solve(rhs, u);
    }

    /** The assembled system this solver was set up for. */
    public SystemMatrix system() {
        return system;
    }

    /** Levels of the multigrid hierarchy, the finest included. */
    public int multigridLevels() {
        return multigrid.depth();
    }
}
