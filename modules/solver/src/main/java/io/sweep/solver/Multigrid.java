package io.sweep.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A geometric multigrid V-cycle on the structured vertex grid, used as the preconditioner of
 * conjugate gradients. Coarse operators are Galerkin products A_c = Pᵀ A P with P from
 * {@link GridTransfer}, so they need no rediscretisation and stay SPD. Smoothing is one forward
 * Gauss-Seidel sweep before and one backward sweep after the coarse correction, which makes the
 * cycle a symmetric operator, as CG requires; the coarsest level is solved by a dense Cholesky.
 *
 * <p>Scratch vectors live in the levels, so one instance must not be used from two threads.
 */
public final class Multigrid {

    /** Coarsening stops at this many unknowns or fewer. */
    static final int COARSEST_UNKNOWNS = 400;

    private record Level(CsrMatrix a, double[] inverseDiagonal, CsrMatrix prolongation,
                         double[] b, double[] x, double[] r) {
    }

    private final List<Level> levels;
    private final DenseCholesky coarsest;

    private Multigrid(List<Level> levels, DenseCholesky coarsest) {
        this.levels = levels;
        this.coarsest = coarsest;
    }

    /** Builds the hierarchy for the matrix of an nx by ny cell grid. */
    public static Multigrid build(CsrMatrix a, int nx, int ny) {
        List<Level> levels = new ArrayList<>();
        CsrMatrix current = a;
        while (current.rows() > COARSEST_UNKNOWNS && (nx > 1 || ny > 1)) {
            CsrMatrix p = GridTransfer.prolongation(nx, ny);
            levels.add(level(current, p));
            current = GridTransfer.galerkin(current, p);
            nx = GridTransfer.coarseCells(nx);
            ny = GridTransfer.coarseCells(ny);
        }
        levels.add(level(current, null));
        return new Multigrid(levels, new DenseCholesky(current));
    }

    private static Level level(CsrMatrix a, CsrMatrix p) {
        double[] d = a.diagonal();
        for (int i = 0; i < d.length; i++) {
            d[i] = 1.0 / d[i];
        }
        int n = a.rows();
        return new Level(a, d, p, new double[n], new double[n], new double[n]);
    }

    /** Number of levels, the finest included. */
    public int depth() {
        return levels.size();
    }

    /** z = M⁻¹ r: one V-cycle from a zero initial guess. */
    public void apply(double[] r, double[] z) {
        cycle(0, r, z);
    }

    private void cycle(int index, double[] b, double[] x) {
        Level level = levels.get(index);
        if (index == levels.size() - 1) {
            coarsest.solve(b, x);
            return;
        }
        Arrays.fill(x, 0.0);
        forwardSweep(level, b, x);
        level.a().residual(b, x, level.r());
        Level coarse = levels.get(index + 1);
        Arrays.fill(coarse.b(), 0.0);
        level.prolongation().multiplyTransposedAdd(level.r(), coarse.b());
        cycle(index + 1, coarse.b(), coarse.x());
        level.prolongation().multiplyAdd(coarse.x(), x);
        backwardSweep(level, b, x);
    }

    private static void forwardSweep(Level level, double[] b, double[] x) {
        int[] start = level.a().rowStart(), cols = level.a().columns();
        double[] vals = level.a().values(), inv = level.inverseDiagonal();
        for (int i = 0; i < x.length; i++) {
            double s = b[i];
            for (int k = start[i], end = start[i + 1]; k < end; k++) {
                s -= vals[k] * x[cols[k]];
            }
            x[i] += s * inv[i];
        }
    }

    private static void backwardSweep(Level level, double[] b, double[] x) {
        int[] start = level.a().rowStart(), cols = level.a().columns();
        double[] vals = level.a().values(), inv = level.inverseDiagonal();
        for (int i = x.length - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = start[i], end = start[i + 1]; k < end; k++) {
                s -= vals[k] * x[cols[k]];
            }
            x[i] += s * inv[i];
        }
    }
}
