package io.sweep.solver;

/**
 * Solves the Poisson problem on one mesh with one Dirichlet part. Everything that does not depend
 * on the data (stiffness matrix, boundary rows, preconditioner) is set up once, so that a process
 * solving several α pays for it once.
 *
 * <p>The linear solver is conjugate gradients preconditioned by a geometric multigrid V-cycle
 * ({@link Multigrid}), stopped at a relative residual ‖b - A u‖₂ ≤ {@value #TOLERANCE}·‖b‖₂:
 * about 12 iterations whatever the mesh size, and 8 or more correct digits in the nodal values.
 * An instance keeps scratch vectors: use one per thread.
 */
public final class PoissonSolver {

    /** Relative residual at which conjugate gradients stop. */
    public static final double TOLERANCE = 1e-12;

    private static final int MAX_ITERATIONS = 500;

    private final Mesh mesh;
    private final BoundaryPart dirichletPart;
    private final CsrMatrix matrix;
    private final DirichletConditions conditions;
    private final ConjugateGradient linearSolver;

    private PoissonSolver(Mesh mesh, BoundaryPart dirichletPart, CsrMatrix matrix,
                          DirichletConditions conditions, Multigrid multigrid) {
        this.mesh = mesh;
        this.dirichletPart = dirichletPart;
        this.matrix = matrix;
        this.conditions = conditions;
        this.linearSolver = new ConjugateGradient(matrix, multigrid, TOLERANCE, MAX_ITERATIONS);
    }

    /** Assembles the stiffness matrix and sets up the linear solver for this mesh and Dirichlet part. */
    public static PoissonSolver setUp(Mesh mesh, BoundaryPart dirichletPart) {
        checkMemory(mesh.nx(), mesh.ny(), Runtime.getRuntime().maxMemory());
        boolean[] fixed = DirichletConditions.locate(mesh, dirichletPart);
        CsrMatrix matrix = Stiffness.assemble(mesh);
        DirichletConditions conditions = DirichletConditions.eliminate(matrix, fixed);
        if (conditions.count() == 0) {
            throw new IllegalArgumentException("the Dirichlet part contains no boundary edge of the mesh:"
                    + " u would be determined only up to a constant; the part must contain at least one edge");
        }
        return new PoissonSolver(mesh, dirichletPart, matrix, conditions,
                Multigrid.build(matrix, mesh.nx(), mesh.ny()));
    }

    /** Bytes of heap that setting up and solving on an nx by ny mesh needs, for a check before a run. */
    public static long estimatedBytes(int nx, int ny) {
        if (nx < 1 || ny < 1) {
            throw new IllegalArgumentException(
                    "mesh size " + nx + "x" + ny + " is invalid: both must be whole numbers >= 1");
        }
        double vertices = (double) (nx + 1) * (ny + 1);
        double bytes = BYTES_PER_VERTEX * vertices + 16e6;
        return bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes;
    }

    /** Measured peak of live heap per vertex (mesh, matrices, hierarchy, vectors), with a margin. */
    private static final double BYTES_PER_VERTEX = 400;

    static void checkMemory(int nx, int ny, long available) {
        long needed = estimatedBytes(nx, ny);
        if (needed > available) {
            throw new IllegalArgumentException("mesh size " + nx + "x" + ny + " needs about "
                    + needed / (1 << 20) + " MiB of heap but this JVM may use at most "
                    + available / (1 << 20) + " MiB: use a smaller mesh or a larger -Xmx");
        }
    }

    /** Solves for one data set; the problem's Dirichlet part must be the one this solver was set up for. */
    public Solution solve(PoissonProblem problem) {
        if (problem.dirichletPart() != dirichletPart) {
            throw new IllegalArgumentException("this solver was set up for another Dirichlet part:"
                    + " set up a solver for the problem's own part");
        }
        double[] rhs = Load.assemble(mesh, problem.source(), problem.flux());
        conditions.applyTo(rhs, problem.dirichletValue());
        double[] u = new double[rhs.length];
        int iterations = linearSolver.solve(rhs, u);
        return new Solution(u, FunctionNorms.of(mesh, u), iterations);
    }

    /** The mesh this solver was set up for. */
    public Mesh mesh() {
        return mesh;
    }

    /** The system matrix: the stiffness matrix with the Dirichlet rows and columns eliminated. */
    CsrMatrix matrix() {
        return matrix;
    }
}
