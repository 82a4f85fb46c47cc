package io.sweep.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The matrix-free stiffness operator against the assembled CSR matrix with the same Dirichlet
 * elimination: products with random vectors agree to round-off on square, rectangular and
 * odd-sized meshes, for every combination of Dirichlet sides (Neumann on the others), and so do
 * the lifting and the operator's own assembled form.
 */
class StencilOperatorTest {

    @ParameterizedTest(name = "{0}x{1} on [{2},{4}]x[{3},{5}], Dirichlet {6}")
    @CsvSource({
        "8, 8, 0, 0, 1, 1, left right",
        "7, 5, 0, 0, 1, 1, left right",
        "12, 6, 0, 0, 2, 1, left",
        "9, 13, -1, 0, 1, 3, left top",
        "33, 17, 0, 0, 1, 1, bottom",
        "6, 11, 0, 0, 3, 1, right",
        "10, 10, 0, 0, 1, 1, top",
        "15, 4, 0, 0, 1, 1, left right bottom top",
        "5, 5, 0, 0, 1, 1, bottom top",
        "1, 1, 0, 0, 1, 1, left",
        "1, 7, 0, 0, 1, 1, bottom",
        "3, 2, 0, 0, 2, 5, right top",
        "4, 3, 0, 0, 1, 1, ''",
    })
    void equalsTheAssembledMatrix(int nx, int ny, double x0, double y0, double x1, double y1, String sides) {
        Mesh mesh = Mesh.rectangle(x0, y0, x1, y1, nx, ny);
        boolean[] fixed = DirichletConditions.locate(mesh, Sides.of(mesh, sides));
        CsrMatrix k = Stiffness.assemble(mesh);
        DirichletConditions assembled = DirichletConditions.eliminate(k, fixed);
        StencilOperator stencil = new StencilOperator(TensorGrid.of(mesh), fixed, new ParallelRows(1));
        double scale = maxAbs(k.values());
        SplittableRandom random = new SplittableRandom(nx * 31L + ny);
        for (int trial = 0; trial < 3; trial++) {
            double[] x = random.doubles(mesh.vertexCount(), -1, 1).toArray();
            double[] expected = new double[x.length], actual = new double[x.length];
            k.multiply(x, expected);
            stencil.multiply(x, actual);
            assertArrayEquals(expected, actual, 1e-13 * scale, "A x");
            double[] b = random.doubles(mesh.vertexCount(), -1, 1).toArray();
            k.residual(b, x, expected);
            stencil.residual(b, x, actual);
            assertArrayEquals(expected, actual, 1e-13 * scale, "b - A x");
        }
        double[] g = random.doubles(mesh.vertexCount(), -1, 1).toArray();
        double[] viaAssembled = new double[g.length], viaStencil = new double[g.length];
        assembled.applyTo(viaAssembled, g);
        StencilEntries.conditions(stencil).applyTo(viaStencil, g);
        assertArrayEquals(viaAssembled, viaStencil, 1e-13 * scale, "the conditions lift prescribed values alike");
        double[] fixedPart = new double[g.length], expectedLifting = new double[g.length];
        for (int v = 0; v < g.length; v++) {
            fixedPart[v] = fixed[v] ? g[v] : 0.0;
        }
        Stiffness.assemble(mesh).multiply(fixedPart, expectedLifting);
        for (int v = 0; v < g.length; v++) {
            expectedLifting[v] = fixed[v] ? 0.0 : expectedLifting[v];
        }
        assertArrayEquals(expectedLifting, stencil.fixedCouplings(v -> g[v]), 1e-13 * scale, "lifting of values g");
        CsrMatrix own = stencil.toCsr();
        for (int i = 0; i < k.rows(); i++) {
            for (int e = k.rowStart()[i]; e < k.rowStart()[i + 1]; e++) {
                assertEquals(k.values()[e], own.get(i, k.columns()[e]), 1e-13 * scale,
                        "entry (" + i + "," + k.columns()[e] + ")");
            }
        }
        assertTrue(own.nonZeros() <= k.nonZeros(), "the stencil stores no more than the 7-point pattern");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"16, 16", "15, 9", "9, 2"})
    void gaussSeidelRowsZeroTheirResiduals(int nx, int ny) {
        Mesh mesh = Mesh.rectangle(0, 0, 2, 1, nx, ny);
        boolean[] fixed = DirichletConditions.locate(mesh, Sides.of(mesh, "left bottom"));
        StencilOperator a = new StencilOperator(TensorGrid.of(mesh), fixed, new ParallelRows(1));
        SplittableRandom random = new SplittableRandom(7);
        double[] b = random.doubles(mesh.vertexCount(), -1, 1).toArray();
        double[] x = random.doubles(mesh.vertexCount(), -1, 1).toArray();
        double[] r = new double[x.length];
        for (int j = 0; j <= ny; j++) {
            a.relaxRow(b, x, j, 0, false);
        }
        a.residual(b, x, r);
        for (int j = 0; j <= ny; j++) {
            for (int i = j % 2; i <= nx; i += 2) {
                assertEquals(0.0, r[j * (nx + 1) + i], 1e-12, "residual at red vertex (" + i + "," + j + ")");
            }
        }
    }

    @ParameterizedTest(name = "interior vertex {0}")
    @CsvSource({"6", "18"})
    void refusesADirichletVertexInsideTheRectangle(int vertex) {
        boolean[] fixed = new boolean[25];
        fixed[vertex] = true;
        assertThrows(IllegalArgumentException.class, () -> new StencilOperator(
                TensorGrid.of(Mesh.unitSquare(4, 4)), fixed, new ParallelRows(1)));
    }

    static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
