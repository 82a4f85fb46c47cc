package io.sweep.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The discrete solution is affine in α: u(α) = u(0) + α(u(1) - u(0)). */
class LinearityTest {

    private static final Mesh MESH = Mesh.unitSquare(64, 64);
    private static final PoissonSolver SOLVER = PoissonSolver.setUp(MESH, PoissonProblem.LEFT_AND_RIGHT);

    /** The seminar's problem with a source the solver cannot see is scaled: every α is a full solve. */
    private static double[] opaque(double alpha) {
        ScalarField source = (x, y) -> alpha * PoissonProblem.GAUSSIAN.at(x, y);
        Solution s = SOLVER.solve(new PoissonProblem(source, PoissonProblem.SIN_5X, PoissonProblem.LEFT_AND_RIGHT, 0.0));
        assertTrue(s.iterations() > 0, "an opaque source must be solved by CG");
        return s.u();
    }

    @Test
    void solutionIsAffineInAlpha() {
        double[] u0 = opaque(0.0), u1 = opaque(1.0);
        for (double alpha : new double[] {0.1, 7.3, 100.0}) {
            double[] u = opaque(alpha);
            double[] combined = new double[u.length];
            for (int i = 0; i < u.length; i++) {
                combined[i] = u0[i] + alpha * (u1[i] - u0[i]);
            }
            assertRelativeNorm(u, combined, 1e-12, "alpha " + alpha);
        }
    }

    @Test
    void superposedSeminarSolutionEqualsDirectSolve() {
        for (double alpha : new double[] {0.1, 1.0, 10.0, 100.0}) {
            Solution superposed = SOLVER.solve(PoissonProblem.seminar(alpha));
            assertRelativeNorm(opaque(alpha), superposed.u(), 1e-11, "alpha " + alpha);
        }
    }

    @Test
    void secondScaledProblemReusesTheUnitSolutions() {
        PoissonSolver solver = PoissonSolver.setUp(MESH, PoissonProblem.LEFT_AND_RIGHT);
        assertTrue(solver.solve(PoissonProblem.seminar(1.0)).iterations() > 0);
        assertEquals(0, solver.solve(PoissonProblem.seminar(10.0)).iterations());
    }

    @Test
    void theSameAlphaGivesTheSameBitsWhateverWasSolvedBefore() {
        // A sweep hands alphas to workers in any order; results must not depend on the schedule.
        PoissonSolver fresh = PoissonSolver.setUp(MESH, PoissonProblem.LEFT_AND_RIGHT);
        PoissonSolver used = PoissonSolver.setUp(MESH, PoissonProblem.LEFT_AND_RIGHT);
        used.solve(PoissonProblem.seminar(100.0));
        used.solve(PoissonProblem.seminar(0.1));
        double[] a = fresh.solve(PoissonProblem.seminar(10.0)).u();
        double[] b = used.solve(PoissonProblem.seminar(10.0)).u();
        assertTrue(java.util.Arrays.equals(a, b), "u(10) depends on what the solver solved before");
    }

    static void assertRelativeNorm(double[] expected, double[] actual, double tolerance, String what) {
        double diff = 0, norm = 0;
        for (int i = 0; i < expected.length; i++) {
            diff += (expected[i] - actual[i]) * (expected[i] - actual[i]);
            norm += expected[i] * expected[i];
        }
        double relative = Math.sqrt(diff / norm);
        assertTrue(relative <= tolerance, what + ": relative difference " + relative + " > " + tolerance);
    }
}
