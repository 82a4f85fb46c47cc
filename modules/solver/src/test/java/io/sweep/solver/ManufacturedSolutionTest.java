package io.sweep.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * u = sin(πx)cos(πy) + x(1-x)eʸ has the seminar's boundary conditions (u = 0 on x = 0 and x = 1,
 * a non-zero flux on y = 0 and y = 1). P1 must converge at rate 2 in L² and 1 in H¹.
 */
class ManufacturedSolutionTest {

    private static final ScalarField EXACT =
            (x, y) -> Math.sin(Math.PI * x) * Math.cos(Math.PI * y) + x * (1 - x) * Math.exp(y);

    private static final ExactErrors.Gradient GRADIENT = (x, y) -> new double[] {
        Math.PI * Math.cos(Math.PI * x) * Math.cos(Math.PI * y) + (1 - 2 * x) * Math.exp(y),
        -Math.PI * Math.sin(Math.PI * x) * Math.sin(Math.PI * y) + x * (1 - x) * Math.exp(y),
    };

    /** -Δu. */
    private static final ScalarField SOURCE = (x, y) ->
            2 * Math.PI * Math.PI * Math.sin(Math.PI * x) * Math.cos(Math.PI * y)
                    + (2 - x * (1 - x)) * Math.exp(y);

    /** ∇u·n with n = (0, -1) on y = 0 and (0, 1) on y = 1 (x = 0, 1 are Dirichlet). */
    private static final ScalarField FLUX = (x, y) -> (y < 0.5 ? -1 : 1) * GRADIENT.at(x, y)[1];

    @Test
    void convergesAtRateTwoInL2AndOneInH1() {
        int[] sizes = {16, 32, 64, 128};
        double[][] errors = new double[sizes.length][];
        for (int k = 0; k < sizes.length; k++) {
            Mesh mesh = Mesh.unitSquare(sizes[k], sizes[k]);
            PoissonSolver solver = PoissonSolver.setUp(mesh, PoissonProblem.LEFT_AND_RIGHT);
            double[] u = solver.solve(new PoissonProblem(SOURCE, FLUX, PoissonProblem.LEFT_AND_RIGHT, 0.0)).u();
            errors[k] = ExactErrors.of(mesh, u, EXACT, GRADIENT);
        }
        for (int k = 1; k < sizes.length; k++) {
            double rateL2 = Math.log(errors[k - 1][0] / errors[k][0]) / Math.log(2);
            double rateH1 = Math.log(errors[k - 1][1] / errors[k][1]) / Math.log(2);
            assertEquals(2.0, rateL2, 0.1, "L2 rate between n=" + sizes[k - 1] + " and n=" + sizes[k]);
            assertEquals(1.0, rateH1, 0.1, "H1 rate between n=" + sizes[k - 1] + " and n=" + sizes[k]);
        }
    }
}
