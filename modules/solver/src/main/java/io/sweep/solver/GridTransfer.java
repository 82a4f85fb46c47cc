package io.sweep.solver;

/**
 * Interpolation from a coarse vertex grid to a fine one: the tensor product of 1D linear
 * interpolations. Along each axis with n cells the coarse points are the even indices plus the
 * last one (so any n, odd or even, coarsens to ceil(n/2) cells); a fine point between two coarse
 * ones takes half of each. Vertices are numbered x fastest on both grids, like {@link Mesh}.
 */
public final class GridTransfer {

    private GridTransfer() {
    }

    /** Cells along an axis after one coarsening of n cells. */
    public static int coarseCells(int n) {
        return (n + 1) / 2;
    }

    /** The prolongation P (fine vertices x coarse vertices) for an nx by ny cell grid. */
    public static CsrMatrix prolongation(int nx, int ny) {
        int cx = coarseCells(nx), cy = coarseCells(ny);
        int[][] colX = new int[nx + 1][];
        double[][] wX = new double[nx + 1][];
        oneDimension(nx, colX, wX);
        int[][] colY = new int[ny + 1][];
        double[][] wY = new double[ny + 1][];
        oneDimension(ny, colY, wY);
        int fine = (nx + 1) * (ny + 1);
        int[] start = new int[fine + 1];
        int[] cols = new int[4 * fine];
        double[] vals = new double[4 * fine];
        int e = 0;
        for (int j = 0; j <= ny; j++) {
            for (int i = 0; i <= nx; i++) {
                for (int b = 0; b < colY[j].length; b++) {
                    for (int a = 0; a < colX[i].length; a++) {
                        cols[e] = colY[j][b] * (cx + 1) + colX[i][a];
                        vals[e++] = wY[j][b] * wX[i][a];
                    }
                }
                start[j * (nx + 1) + i + 1] = e;
            }
        }
        return new CsrMatrix(fine, (cx + 1) * (cy + 1), start,
                java.util.Arrays.copyOf(cols, e), java.util.Arrays.copyOf(vals, e));
    }

    private static void oneDimension(int n, int[][] cols, double[][] weights) {
        int c = coarseCells(n);
        for (int i = 0; i <= n; i++) {
            if (i == n) {
                cols[i] = new int[] {c};
                weights[i] = new double[] {1.0};
            } else if (i % 2 == 0) {
                cols[i] = new int[] {i / 2};
                weights[i] = new double[] {1.0};
            } else {
                cols[i] = new int[] {(i - 1) / 2, (i + 1) / 2};
                weights[i] = new double[] {0.5, 0.5};
            }
        }
    }

    /** The Galerkin coarse operator Pᵀ A P, computed row by row without forming A P. */
    public static CsrMatrix galerkin(CsrMatrix a, CsrMatrix p) {
        CsrMatrix pt = p.transpose();
        int nc = p.cols();
        int[] slot = new int[nc];
        java.util.Arrays.fill(slot, -1);
        int[] start = new int[nc + 1];
        int[] cols = new int[Math.max(16, 9 * nc)];
        double[] vals = new double[cols.length];
        int[] rowCols = new int[64];
        double[] rowVals = new double[64];
        int e = 0;
        for (int row = 0; row < nc; row++) {
            int len = 0;
            for (int s = pt.rowStart()[row]; s < pt.rowStart()[row + 1]; s++) {
                int f = pt.columns()[s];
                double w1 = pt.values()[s];
                for (int t = a.rowStart()[f]; t < a.rowStart()[f + 1]; t++) {
                    int g = a.columns()[t];
                    double w1a = w1 * a.values()[t];
                    for (int u = p.rowStart()[g]; u < p.rowStart()[g + 1]; u++) {
                        int col = p.columns()[u];
                        if (slot[col] < 0) {
                            if (len == rowCols.length) {
                                rowCols = java.util.Arrays.copyOf(rowCols, 2 * len);
                                rowVals = java.util.Arrays.copyOf(rowVals, 2 * len);
                            }
                            slot[col] = len;
                            rowCols[len] = col;
                            rowVals[len++] = 0.0;
                        }
                        rowVals[slot[col]] += w1a * p.values()[u];
                    }
                }
            }
            if (e + len > cols.length) {
                cols = java.util.Arrays.copyOf(cols, 2 * (e + len));
                vals = java.util.Arrays.copyOf(vals, cols.length);
            }
            int[] order = sortedOrder(rowCols, len);
            for (int q = 0; q < len; q++) {
                int col = rowCols[order[q]];
                cols[e] = col;
                vals[e++] = rowVals[order[q]];
                slot[col] = -1;
            }
            start[row + 1] = e;
        }
        return new CsrMatrix(nc, nc, start, java.util.Arrays.copyOf(cols, e),
                java.util.Arrays.copyOf(vals, e));
    }

    private static int[] sortedOrder(int[] keys, int len) {
        int[] order = new int[len];
        for (int i = 0; i < len; i++) {
            order[i] = i;
        }
        for (int i = 1; i < len; i++) {
            int o = order[i];
            int j = i - 1;
            while (j >= 0 && keys[order[j]] > keys[o]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = o;
        }
        return order;
    }
}
