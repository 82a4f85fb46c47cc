package io.sweep.solver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The matrix-free V-cycle as a stationary iteration x += M⁻¹(b - A x): the residual must shrink
 * by at least a fixed factor per cycle at every size, even, odd and uneven, square or not, for
 * several Dirichlet sides. A cycle that lost its coarse correction (or a wrong transfer) would
 * converge ever slower as the mesh grows and fail the bound.
 */
class StencilMultigridTest {

    /** Bound on the residual reduction of any one V-cycle (odd sizes reach 0.54: their coarse grids end in a narrow cell). */
    private static final double RATE = 0.6;

    /** Bound on the mean reduction over the cycles (measured: 0.20-0.23 on even sizes, up to 0.31 on others). */
    private static final double MEAN_RATE = 0.35;

    @ParameterizedTest(name = "{0}x{1} on [0,{2}]x[0,1], Dirichlet {3}")
    @CsvSource({
        "16, 16, 1, left right",
        "64, 64, 1, left right",
        "256, 256, 1, left right",
        "512, 512, 1, left right",
        "33, 33, 1, left right",
        "100, 100, 1, bottom",
        "255, 255, 1, left",
        "257, 129, 2, left right bottom top",
        "96, 48, 2, top",
        "125, 250, 0.5, left bottom",
        "1000, 8, 125, left right",
        "1001, 1001, 1, left right",
    })
    void reducesTheResidualByAFixedFactorPerCycle(int nx, int ny, double width, String sides) {
        Mesh mesh = Mesh.rectangle(0, 0, width, 1, nx, ny);
        SystemMatrix system = SystemMatrix.stencil(mesh, Sides.of(mesh, sides), 1);
        StencilOperator a = (StencilOperator) system.operator();
        StencilMultigrid multigrid = StencilMultigrid.build(a);
        int n = a.size();
        double[] b = new SplittableRandom(nx + 7L * ny).doubles(n, -1, 1).toArray();
        double[] x = new double[n], r = new double[n], correction = new double[n];
        a.residual(b, x, r);
        double first = norm(r), last = first;
        int cycles = 8;
        for (int c = 0; c < cycles; c++) {
            multigrid.apply(r, correction);
            for (int i = 0; i < n; i++) {
                x[i] += correction[i];
            }
            a.residual(b, x, r);
            double now = norm(r);
            assertTrue(now <= RATE * last, "cycle " + c + ": residual " + now + " after " + last
                    + " (rate " + now / last + ", bound " + RATE + ")");
            last = now;
        }
        double mean = Math.pow(last / first, 1.0 / cycles);
        assertTrue(mean <= MEAN_RATE, "mean rate " + mean + " over " + cycles + " cycles, bound " + MEAN_RATE);
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
