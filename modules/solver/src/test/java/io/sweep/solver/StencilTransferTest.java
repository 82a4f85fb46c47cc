package io.sweep.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The multigrid's transfers: restriction is the transpose of prolongation ((Pᵀr)·c = r·(Pc)), and
 * prolongation reproduces linear functions exactly, also on the uneven grids odd sizes coarsen to.
 */
class StencilTransferTest {

    @ParameterizedTest(name = "{0}x{1}, coarsened {2} times")
    @CsvSource({"16, 8, 1", "15, 9, 1", "15, 9, 3", "7, 100, 2", "1, 5, 1", "33, 33, 4"})
    void restrictionIsTheTransposeAndLinearsInterpolateExactly(int nx, int ny, int times) {
        TensorGrid fine = TensorGrid.of(Mesh.rectangle(0, -1, 3, 1, nx, ny));
        for (int t = 1; t < times; t++) {
            fine = fine.coarsen();
        }
        TensorGrid coarse = fine.coarsen();
        StencilTransfer transfer = new StencilTransfer(fine);
        SplittableRandom random = new SplittableRandom(nx + 31L * ny + times);
        double[] c = random.doubles(coarse.vertexCount(), -1, 1).toArray();
        double[] r = random.doubles(fine.vertexCount(), -1, 1).toArray();
        double[] pc = new double[r.length];
        transfer.prolongAdd(c, pc, 0, fine.ny() + 1);
        double[] ptr = new double[c.length];
        transfer.restrict(r, ptr, 0, coarse.ny() + 1);
        assertEquals(dot(r, pc), dot(c, ptr), 1e-12 * r.length, "(P^T r).c = r.(P c)");

        double[] linear = new double[c.length];
        for (int j = 0; j <= coarse.ny(); j++) {
            for (int i = 0; i <= coarse.nx(); i++) {
                linear[j * (coarse.nx() + 1) + i] = 2 * coarse.xs()[i] - 3 * coarse.ys()[j] + 0.5;
            }
        }
        double[] onFine = new double[r.length];
        transfer.prolongAdd(linear, onFine, 0, fine.ny() + 1);
        for (int j = 0; j <= fine.ny(); j++) {
            for (int i = 0; i <= fine.nx(); i++) {
                assertEquals(2 * fine.xs()[i] - 3 * fine.ys()[j] + 0.5, onFine[j * (fine.nx() + 1) + i], 1e-12,
                        "linear function at fine vertex (" + i + "," + j + ")");
            }
        }
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }
}
