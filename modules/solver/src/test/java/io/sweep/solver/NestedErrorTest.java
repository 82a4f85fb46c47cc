package io.sweep.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A coarse P1 solution against the finest mesh's, on meshes that nest. */
class NestedErrorTest {

    @Test
    void aCoarseFunctionKeepsItsValuesOnTheFineMesh() {
        // Nodal values of a coarse mesh are arbitrary; on the fine mesh the function must be the
        // same piecewise-linear one: equal at shared vertices, and with the same L2 and H1 norms.
        Mesh coarse = Mesh.rectangle(-1, 0, 2, 1, 4, 2);
        Mesh fine = Mesh.rectangle(-1, 0, 2, 1, 12, 6);
        double[] u = new double[coarse.vertexCount()];
        for (int k = 0; k < u.length; k++) {
            u[k] = Math.sin(7.0 * k) + k % 3;
        }
        double[] onFine = NestedError.onFineVertices(coarse, u, fine);
        for (int j = 0; j <= 2; j++) {
            for (int i = 0; i <= 4; i++) {
                assertEquals(u[j * 5 + i], onFine[3 * j * 13 + 3 * i], 1e-15);
            }
        }
        Norms coarseNorms = FunctionNorms.of(coarse, u), fineNorms = FunctionNorms.of(fine, onFine);
        assertEquals(coarseNorms.normL2(), fineNorms.normL2(), 1e-13);
        assertEquals(coarseNorms.seminormH1(), fineNorms.seminormH1(), 1e-12);
    }

    @Test
    void noErrorBetweenInterpolantsOfALinearFunction() {
        Mesh coarse = Mesh.unitSquare(8, 8), fine = Mesh.unitSquare(32, 32);
        ScalarField linear = (x, y) -> 2 * x - y;
        ErrorNorms errors = NestedError.of(coarse, ExactErrorTest.nodalValues(coarse, linear),
                fine, ExactErrorTest.nodalValues(fine, linear));
        assertEquals(0.0, errors.normL2(), 1e-15);
        assertEquals(0.0, errors.seminormH1(), 1e-14);
    }

    @Test
    void refusesMeshesThatDoNotNest() {
        assertTrue(NestedError.nests(16, 8, 64, 64));
        assertFalse(NestedError.nests(24, 24, 64, 64));
        Mesh coarse = Mesh.unitSquare(24, 24), fine = Mesh.unitSquare(64, 64);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NestedError.onFineVertices(coarse, new double[coarse.vertexCount()], fine));
        assertTrue(e.getMessage().contains("does not nest"), e.getMessage());
        Mesh shifted = Mesh.rectangle(0, 0, 2, 1, 64, 64);
        assertThrows(IllegalArgumentException.class,
                () -> NestedError.onFineVertices(Mesh.unitSquare(16, 16), new double[289], shifted));
    }

    @Test
    void seminarErrorsAgainstTheFinestMeshFallAtOrdersTwoAndOne() {
        int[] sizes = {16, 32, 64, 128, 256};
        Mesh finest = Mesh.unitSquare(256, 256);
        double[] reference = solveSeminar(finest);
        ErrorNorms[] errors = new ErrorNorms[sizes.length - 1];
        for (int k = 0; k < errors.length; k++) {
            Mesh mesh = Mesh.unitSquare(sizes[k], sizes[k]);
            errors[k] = NestedError.of(mesh, solveSeminar(mesh), finest, reference);
        }
        // Against the finest mesh the error of its neighbour is underestimated (u_256 is not u):
        // the orders between the coarser pairs are the ones to hold to the theory.
        for (int k = 1; k < errors.length - 1; k++) {
            double l2 = Math.log(errors[k - 1].normL2() / errors[k].normL2()) / Math.log(2);
            double h1 = Math.log(errors[k - 1].seminormH1() / errors[k].seminormH1()) / Math.log(2);
            assertEquals(2.0, l2, 0.15, "L2 order between n=" + sizes[k - 1] + " and n=" + sizes[k]);
            assertEquals(1.0, h1, 0.1, "H1 order between n=" + sizes[k - 1] + " and n=" + sizes[k]);
        }
    }

    private static double[] solveSeminar(Mesh mesh) {
        return PoissonSolver.setUp(mesh, PoissonProblem.LEFT_AND_RIGHT).solve(PoissonProblem.seminar(1.0)).u();
    }
}
