package io.sweep.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * [0,2]x[0,1] with u = 0 on x = 0 and x = 2, -Δu = 2, no flux on y = 0 and y = 1: the exact
 * solution x(2-x) depends on x only, and on these meshes P1 reproduces it exactly at the vertices
 * (the diagonal couplings vanish, leaving the 1D three-point scheme, exact for quadratics).
 * Odd sizes exercise the multigrid's uneven coarsening.
 */
class RectangleTest {

    private static final BoundaryPart ENDS = (x, y) -> x < 1e-12 || x > 2 - 1e-12;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"40, 20", "37, 19", "64, 3", "5, 81"})
    void solvesTheQuadraticExactlyAtTheVertices(int nx, int ny) {
        Mesh mesh = Mesh.rectangle(0, 0, 2, 1, nx, ny);
        PoissonSolver solver = PoissonSolver.setUp(mesh, ENDS);
        Solution s = solver.solve(new PoissonProblem((x, y) -> 2.0, (x, y) -> 0.0, ENDS, 0.0));
        for (int v = 0; v < mesh.vertexCount(); v++) {
            double x = mesh.x(v);
            assertEquals(x * (2 - x), s.u()[v], 1e-10, "vertex " + v + " at x=" + x);
        }
        assertEquals(1.0, s.norms().max(), 1e-10 + (nx % 2 == 0 ? 0 : 1.0 / (nx * nx)));
    }

    @ParameterizedTest(name = "u_D={0}")
    @CsvSource({"0.5", "-3"})
    void liftsANonZeroDirichletValue(double value) {
        Mesh mesh = Mesh.rectangle(0, 0, 2, 1, 24, 12);
        PoissonSolver solver = PoissonSolver.setUp(mesh, ENDS);
        Solution s = solver.solve(new PoissonProblem((x, y) -> 2.0, (x, y) -> 0.0, ENDS, value));
        for (int v = 0; v < mesh.vertexCount(); v++) {
            double x = mesh.x(v);
            assertEquals(value + x * (2 - x), s.u()[v], 1e-10, "vertex " + v);
        }
    }
}
