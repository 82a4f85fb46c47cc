package io.sweep.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seminar's four α on the 256x256 unit square against DOLFIN 2019.2
 * (/work/shared/reference/README.md): l2 of the nodal vector to 1e-8 relative, the rest to 1e-7,
 * by the matrix-free solver and by the assembled one.
 */
class DolfinReferenceTest {

    private static final Mesh MESH = Mesh.unitSquare(256, 256);

    /** The matrix-free path, the default. */
    private static final PoissonSolver SOLVER = PoissonSolver.setUp(MESH, PoissonProblem.LEFT_AND_RIGHT);

    /** The assembled path (CSR matrix and algebraic hierarchy), kept as the reference. */
    private static final PoissonSolver ASSEMBLED =
            PoissonSolver.setUp(SystemMatrix.assemble(MESH, PoissonProblem.LEFT_AND_RIGHT));

    @ParameterizedTest(name = "alpha={0}")
    @CsvSource({
        "0.1, 18.47620184, 0.07164957403, 0.4251868969, -0.09101904485, 0.2290000613",
        "1,   20.02257577, 0.0777024511,  0.4336884758, -0.0881854219,  0.235754003",
        "10,  38.13014616, 0.1484852477,  0.5934619144, -0.06344871278, 0.3050229854",
        "100, 240.3141647, 0.9376354236,  3.332063748,  -0.0008038565386, 2.029390949",
    })
    void matchesDolfin(double alpha, double l2, double normL2, double h1, double min, double max) {
        assertNorms(SOLVER.solve(PoissonProblem.seminar(alpha)).norms(), l2, normL2, h1, min, max);
        // The same problem with an opaque source: a direct CG solve, no superposition.
        ScalarField source = (x, y) -> alpha * PoissonProblem.GAUSSIAN.at(x, y);
        PoissonProblem direct = new PoissonProblem(source, PoissonProblem.SIN_5X,
                PoissonProblem.LEFT_AND_RIGHT, 0.0);
        assertNorms(SOLVER.solve(direct).norms(), l2, normL2, h1, min, max);
        assertNorms(ASSEMBLED.solve(PoissonProblem.seminar(alpha)).norms(), l2, normL2, h1, min, max);
    }

    private static void assertNorms(Norms norms, double l2, double normL2, double h1, double min, double max) {
        assertRelative(l2, norms.l2Dofs(), 1e-8, "l2_dofs");
        assertRelative(normL2, norms.normL2(), 1e-7, "L2");
        assertRelative(h1, norms.seminormH1(), 1e-7, "H1_semi");
        assertRelative(min, norms.min(), 1e-7, "min");
        assertRelative(max, norms.max(), 1e-7, "max");
    }

    static void assertRelative(double expected, double actual, double tolerance, String what) {
        assertEquals(expected, actual, tolerance * Math.abs(expected),
                what + ": expected " + expected + " got " + actual + " (relative error "
                        + Math.abs(actual - expected) / Math.abs(expected) + ")");
    }
}
