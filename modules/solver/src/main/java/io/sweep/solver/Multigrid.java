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
public final class Multigrid implements Preconditioner {

    /** Coarsening stops at this many unknowns or fewer. */
    static final int COARSEST_UNKNOWNS = 100;

    /**
     * One grid. diagonal[i] is the position of entry (i, i) in the matrix, next[i] that of
     * (i, i+1) or -1: the backward sweep subtracts that term last, because it uses the value
     * updated just before, and keeping it off the rest of the row's sum lets the processor
     * overlap rows.
     */
    private record Level(CsrMatrix a, double[] inverseDiagonal, int[] diagonal, int[] next,
                         CsrMatrix prolongation, double[] b, double[] x) {
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
        int[] next = new int[n];
        int[] diagonal = new int[n];
        for (int i = 0; i < n; i++) {
            diagonal[i] = a.find(i, i);
            next[i] = i + 1 < n ? a.find(i, i + 1) : -1;
        }
        return new Level(a, d, diagonal, next, p, new double[n], new double[n]);
    }

    /** Number of levels, the finest included. */
    @Override
    public int depth() {
        return levels.size();
    }

    /** z = M⁻¹ r: one V-cycle from a zero initial guess. */
    @Override
    public void apply(double[] r, double[] z) {
        cycle(0, r, z);
    }

    private void cycle(int index, double[] b, double[] x) {
        Level level = levels.get(index);
        if (index == levels.size() - 1) {
            coarsest.solve(b, x);
            return;
        }
        forwardSweepFromZero(level, b, x);
        Level coarse = levels.get(index + 1);
        restrictResidual(level, b, x, coarse.b());
        cycle(index + 1, coarse.b(), coarse.x());
        level.prolongation().multiplyAdd(coarse.x(), x);
        backwardSweep(level, b, x);
    }

    /**
     * One forward Gauss-Seidel sweep from x = 0: the entries right of the diagonal multiply zeros
     * and are skipped; the last one left of it is (i, i-1), the freshest value, as wanted.
     */
    private static void forwardSweepFromZero(Level level, double[] b, double[] x) {
        int[] start = level.a().rowStart(), cols = level.a().columns(), diagonal = level.diagonal();
        double[] vals = level.a().values(), inv = level.inverseDiagonal();
        for (int i = 0; i < x.length; i++) {
            double s = b[i];
            for (int k = start[i], end = diagonal[i]; k < end; k++) {
                s -= vals[k] * x[cols[k]];
            }
            x[i] = s * inv[i];
        }
    }

    /** coarse = Pᵀ (b - A x), without storing the fine residual. */
    private static void restrictResidual(Level level, double[] b, double[] x, double[] coarse) {
        Arrays.fill(coarse, 0.0);
        int[] start = level.a().rowStart(), cols = level.a().columns();
        double[] vals = level.a().values();
        CsrMatrix p = level.prolongation();
        int[] pStart = p.rowStart(), pCols = p.columns();
        double[] pVals = p.values();
        for (int i = 0; i < x.length; i++) {
            double r = b[i];
            for (int k = start[i], end = start[i + 1]; k < end; k++) {
                r -= vals[k] * x[cols[k]];
            }
            for (int k = pStart[i], end = pStart[i + 1]; k < end; k++) {
                coarse[pCols[k]] += pVals[k] * r;
            }
        }
    }

    private static void backwardSweep(Level level, double[] b, double[] x) {
        int[] start = level.a().rowStart(), cols = level.a().columns(), next = level.next();
        double[] vals = level.a().values(), inv = level.inverseDiagonal();
        for (int i = x.length - 1; i >= 0; i--) {
            int skip = next[i];
            double s = b[i];
            for (int k = start[i], end = start[i + 1]; k < end; k++) {
                if (k != skip) {
                    s -= vals[k] * x[cols[k]];
                }
            }
            if (skip >= 0) {
                s -= vals[skip] * x[i + 1];
            }
            x[i] += s * inv[i];
        }
    }
}
