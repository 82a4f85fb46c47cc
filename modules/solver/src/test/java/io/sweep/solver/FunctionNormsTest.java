package io.sweep.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Norms are scaled sums: no overflow for huge u, no underflow for tiny u, the same bits otherwise. */
class FunctionNormsTest {
    private static final Mesh MESH = Mesh.unitSquare(8, 8);

    private static double[] field(double factor) {
        double[] xy = MESH.coordinates();
        double[] u = new double[xy.length / 2];
        for (int i = 0; i < u.length; i++) {
            u[i] = factor * (Math.sin(3 * xy[2 * i]) * xy[2 * i + 1] - 0.2);
        }
        return u;
    }

    /** The plain, unscaled sums, as the norms were computed before. */
    private static double plainL2Dofs(double[] u) {
        double squares = 0;
        for (double value : u) {
            squares += value * value;
        }
        return Math.sqrt(squares);
    }

    @Test
    void ordinaryValuesGiveTheSameBitsAsPlainSums() {
        double[] u = field(1.0);
        assertEquals(plainL2Dofs(u), FunctionNorms.of(MESH, u).l2Dofs());
    }

    @Test
    void hugeAndTinyFieldsScaleInsteadOfOverflowingOrVanishing() {
        Norms one = FunctionNorms.of(MESH, field(1.0));
        for (double factor : new double[] {1e200, 1e300, 1e-200, 1e-310}) {
            Norms scaled = FunctionNorms.of(MESH, field(factor));
            for (double[] pair : new double[][] {{one.l2Dofs(), scaled.l2Dofs()}, {one.normL2(), scaled.normL2()},
                {one.seminormH1(), scaled.seminormH1()}}) {
                assertTrue(Double.isFinite(pair[1]) && pair[1] > 0, factor + ": " + pair[1]);
                double tolerance = factor < 1e-300 ? 1e-5 : 1e-14; // subnormal values keep fewer digits
                assertEquals(pair[0], pair[1] / factor, tolerance * pair[0], "factor " + factor);
            }
        }
    }

    @Test
    void zeroIsZeroAndNaNSaysSo() {
        assertEquals(0.0, FunctionNorms.of(MESH, new double[MESH.coordinates().length / 2]).normL2());
        double[] u = field(1.0);
        u[3] = Double.NaN;
        assertTrue(Double.isNaN(FunctionNorms.of(MESH, u).normL2()));
        u[3] = Double.POSITIVE_INFINITY;
        assertTrue(!Double.isFinite(FunctionNorms.of(MESH, u).l2Dofs()));
    }
}
