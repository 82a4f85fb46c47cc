package io.sweep.solver;

/**
 * Solves the Poisson problem on one mesh with one Dirichlet part. Everything that does not depend
 * on the data (stiffness matrix, boundary rows, preconditioner) is set up once, so that a process
 * solving several α pays for it once.
 *
 * <p>The linear solver is conjugate gradients preconditioned by a geometric multigrid V-cycle
 * ({@link Multigrid}), stopped at a relative residual ‖b - A u‖₂ ≤ {@value #TOLERANCE}·‖b‖₂:
 * about 11 iterations whatever the mesh size, and nodal values agreeing with DOLFIN's to about
 * 1e-10. An instance keeps scratch vectors: use one per thread.
 *
 * <p>When the source is a {@link ScaledField} c·s (as in {@link PoissonProblem#seminar}), the
 * solver uses that the problem is linear in its data: u = c·u_s + u_r, where u_s solves for the
 * source s with no flux and u_D = 0, and u_r for no source with the problem's flux and u_D. It
 * learns these lazily, so that a worker given a single α pays for a single solve: the first
 * problem is solved directly (one CG solve); the second, with another factor, solves for u_s and
 * takes u_r = u_first - c_first·u_s (a subtraction adds the two solves' errors, it does not
 * amplify them); every later one with the same s, flux and u_D (by identity) costs one vector
 * combination and the norms, whatever c is.
 */
public final class PoissonSolver {

    /** Relative residual at which conjugate gradients stop. */
    public static final double TOLERANCE = 1e-12;

    private static final int MAX_ITERATIONS = 500;

    private final SystemMatrix system;
    private final Multigrid multigrid;
    private final ConjugateGradient linearSolver;
    private Superposition superposition;
    private FirstScaledSolution firstScaled;

    /** The two unit solutions of a scaled source, kept for the next factor. */
    private record Superposition(ScalarField shape, ScalarField flux, double dirichletValue,
                                 double[] shapeSolution, double[] restSolution) {
        boolean fits(ScaledField source, PoissonProblem problem) {
            return sameData(shape, flux, dirichletValue, source, problem);
        }
    }

    /** The first scaled problem's solution, solved directly: half of what a superposition needs. */
    private record FirstScaledSolution(ScalarField shape, ScalarField flux, double dirichletValue,
                                       double factor, double[] u) {
        boolean fits(ScaledField source, PoissonProblem problem) {
            return sameData(shape, flux, dirichletValue, source, problem);
        }
    }

    private static boolean sameData(ScalarField shape, ScalarField flux, double dirichletValue,
                                    ScaledField source, PoissonProblem problem) {
        return source.shape() == shape && problem.flux() == flux
                && Double.compare(problem.dirichletValue(), dirichletValue) == 0;
    }

    private PoissonSolver(SystemMatrix system, Multigrid multigrid) {
        this.system = system;
        this.multigrid = multigrid;
        this.linearSolver = new ConjugateGradient(system.matrix(), multigrid, TOLERANCE, MAX_ITERATIONS);
    }

    /** Assembles the stiffness matrix and sets up the linear solver for this mesh and Dirichlet part. */
    public static PoissonSolver setUp(Mesh mesh, BoundaryPart dirichletPart) {
        return setUp(SystemMatrix.assemble(mesh, dirichletPart));
    }

    /** Sets up the linear solver (the multigrid hierarchy) for an assembled system. */
    public static PoissonSolver setUp(SystemMatrix system) {
        Mesh mesh = system.mesh();
        return new PoissonSolver(system, Multigrid.build(system.matrix(), mesh.nx(), mesh.ny()));
    }

    /** Bytes of heap that setting up and solving on an nx by ny mesh needs, for a check before a run. */
    public static long estimatedBytes(int nx, int ny) {
        return MemoryCheck.estimatedBytes(nx, ny);
    }

    /** Solves for one data set; the problem's Dirichlet part must be the one this solver was set up for. */
    public Solution solve(PoissonProblem problem) {
        if (problem.source() instanceof ScaledField scaled) {
            return solveScaled(problem, scaled);
        }
        return solveDirectly(problem);
    }

    /**
     * A scaled problem: solved directly the first time, by learning the shape solution the second
     * time, and by superposition from then on. Reports the CG iterations of this call (0 when the
     * answer was a combination of solutions already known).
     */
    private Solution solveScaled(PoissonProblem problem, ScaledField scaled) {
        if (superposition != null && superposition.fits(scaled, problem)) {
            return combine(scaled.factor(), 0);
        }
        if (firstScaled == null || !firstScaled.fits(scaled, problem)) {
            Solution direct = solveDirectly(problem);
            firstScaled = new FirstScaledSolution(scaled.shape(), problem.flux(),
                    problem.dirichletValue(), scaled.factor(), direct.u().clone());
            superposition = null;
            return direct;
        }
        if (Double.compare(scaled.factor(), firstScaled.factor()) == 0) {
            double[] u = firstScaled.u().clone();
            return new Solution(u, FunctionNorms.of(system.mesh(), u), 0);
        }
        ScalarField zero = (x, y) -> 0.0;
        double[] shapeRhs = rightHandSide(new PoissonProblem(scaled.shape(), zero,
                problem.dirichletPart(), 0.0));
        double[] shapeSolution = new double[shapeRhs.length];
        int iterations = solveSystem(shapeRhs, shapeSolution);
        double[] first = firstScaled.u();
        double c1 = firstScaled.factor();
        double[] restSolution = new double[first.length];
        for (int i = 0; i < first.length; i++) {
            restSolution[i] = first[i] - c1 * shapeSolution[i];
        }
        superposition = new Superposition(scaled.shape(), problem.flux(),
                problem.dirichletValue(), shapeSolution, restSolution);
        firstScaled = null;
        return combine(scaled.factor(), iterations);
    }

    private Solution combine(double c, int iterations) {
        double[] s = superposition.shapeSolution(), r = superposition.restSolution();
        double[] u = new double[s.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = c * s[i] + r[i];
        }
        return new Solution(u, FunctionNorms.of(system.mesh(), u), iterations);
    }

    private Solution solveDirectly(PoissonProblem problem) {
        double[] rhs = rightHandSide(problem);
        double[] u = new double[rhs.length];
        int iterations = solveSystem(rhs, u);
        return new Solution(u, FunctionNorms.of(system.mesh(), u), iterations);
    }

    /** Assembles the right-hand side of a problem (load vector with the Dirichlet rows applied). */
    public double[] rightHandSide(PoissonProblem problem) {
        if (problem.dirichletPart() != system.dirichletPart()) {
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
