package io.sweep.solver;

/**
 * Solves the Poisson problem on one mesh with one Dirichlet part. Everything that does not depend
 * on the data (stiffness matrix, boundary rows, preconditioner) is set up once, so that a process
 * solving several α pays for it once.
 */
public final class PoissonSolver {

    private PoissonSolver() {
    }

    /** Assembles the stiffness matrix and sets up the linear solver for this mesh and Dirichlet part. */
    public static PoissonSolver setUp(Mesh mesh, BoundaryPart dirichletPart) {
        throw new UnsupportedOperationException("solver: not built yet (issue 2)");
    }

    /** Bytes of heap that setting up and solving on an nx by ny mesh needs, for a check before a run. */
    public static long estimatedBytes(int nx, int ny) {
        throw new UnsupportedOperationException("solver: not built yet (issue 2)");
    }

    /** Solves for one data set; the problem's Dirichlet part must be the one this solver was set up for. */
    public Solution solve(PoissonProblem problem) {
        throw new UnsupportedOperationException("solver: not built yet (issue 2)");
    }
}
