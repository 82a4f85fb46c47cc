package io.sweep.solver;

import java.util.function.IntToDoubleFunction;

/**
 * The entries of a {@link StencilOperator}'s matrix where they are wanted explicitly: its
 * couplings to the Dirichlet vertices (the lifting of prescribed values) and the whole matrix
 * assembled (for the coarsest multigrid level's factorisation, and for tests).
 */
final class StencilEntries {

    private StencilEntries() {
    }

    /**
     * Σ_{m fixed} K_km g_m for every free vertex k (0 for fixed ones): the lifting of prescribed
     * values g (given at the fixed vertices) that a free row's right-hand side loses. Only
     * vertices of the two outer rings can have a fixed neighbour.
     */
    static double[] fixedCouplings(StencilOperator a, IntToDoubleFunction g) {
        int nx = a.grid().nx(), ny = a.grid().ny(), stride = nx + 1;
        double[] lifting = new double[a.size()];
        for (int j = 0; j <= ny; j++) {
            boolean ringRow = j < 2 || j > ny - 2;
            for (int i = 0; i <= nx; i++) {
                if (!ringRow && i == 2 && nx - 2 > 2) {
                    i = nx - 2;
                    continue;
                }
                int k = j * stride + i;
                if (!a.isFixed(k)) {
                    lifting[k] = -((i > 0 && a.isFixed(k - 1) ? a.west(i, j) * g.applyAsDouble(k - 1) : 0.0)
                            + (i < nx && a.isFixed(k + 1) ? a.east(i, j) * g.applyAsDouble(k + 1) : 0.0)
                            + (j > 0 && a.isFixed(k - stride) ? a.south(i, j) * g.applyAsDouble(k - stride) : 0.0)
                            + (j < ny && a.isFixed(k + stride) ? a.north(i, j) * g.applyAsDouble(k + stride) : 0.0));
                }
            }
        }
        return lifting;
    }

    /**
     * The operator's Dirichlet conditions: its fixed vertices and, for each free vertex, its
     * couplings K_km to fixed neighbours m in column order (only the two outer rings have any),
     * so that {@link DirichletConditions#applyTo} lifts any prescribed values, a u_D function's too.
     */
    static DirichletConditions conditions(StencilOperator a) {
        int nx = a.grid().nx(), ny = a.grid().ny(), stride = nx + 1;
        int n = a.size();
        boolean[] fixed = new boolean[n];
        int[] start = new int[n + 1];
        int[] cols = new int[16];
        double[] vals = new double[16];
        int e = 0;
        for (int j = 0; j <= ny; j++) {
            for (int i = 0; i <= nx; i++) {
                int k = j * stride + i;
                fixed[k] = a.isFixed(k);
                if (!fixed[k]) {
                    // Neighbours south, west, east, north, in that order; no array per vertex
                    // (4 million vertices made this loop a tenth of a solve at n=2048).
                    for (int q = 0; q < 4; q++) {
                        boolean exists = q == 0 ? j > 0 : q == 1 ? i > 0 : q == 2 ? i < nx : j < ny;
                        int m = q == 0 ? k - stride : q == 1 ? k - 1 : q == 2 ? k + 1 : k + stride;
                        if (exists && a.isFixed(m)) {
                            if (e == cols.length) {
                                cols = java.util.Arrays.copyOf(cols, 2 * e);
                                vals = java.util.Arrays.copyOf(vals, 2 * e);
                            }
                            cols[e] = m;
                            vals[e++] = q == 0 ? -a.south(i, j) : q == 1 ? -a.west(i, j)
                                    : q == 2 ? -a.east(i, j) : -a.north(i, j);
                        }
                    }
                }
                start[k + 1] = e;
            }
        }
        return new DirichletConditions(fixed, start, java.util.Arrays.copyOf(cols, e), java.util.Arrays.copyOf(vals, e));
    }

    /** The operator as a CSR matrix: the 5-point rows of free vertices, identity rows for fixed ones. */
    static CsrMatrix assembled(StencilOperator a) {
        int nx = a.grid().nx(), ny = a.grid().ny(), stride = nx + 1;
        int n = a.size();
        int[] start = new int[n + 1];
        int[] cols = new int[5 * n];
        double[] vals = new double[5 * n];
        int e = 0;
        for (int j = 0; j <= ny; j++) {
            for (int i = 0; i <= nx; i++) {
                int k = j * stride + i;
                if (a.isFixed(k)) {
                    cols[e] = k;
                    vals[e++] = 1.0;
                } else {
                    int[] m = {k - stride, k - 1, k, k + 1, k + stride};
                    double[] c = {-a.south(i, j), -a.west(i, j), a.diagonal(i, j), -a.east(i, j), -a.north(i, j)};
                    boolean[] exists = {j > 0, i > 0, true, i < nx, j < ny};
                    for (int q = 0; q < 5; q++) {
                        if (exists[q] && (q == 2 || !a.isFixed(m[q]))) {
                            cols[e] = m[q];
                            vals[e++] = c[q];
                        }
                    }
                }
                start[k + 1] = e;
            }
        }
        return new CsrMatrix(n, n, start, java.util.Arrays.copyOf(cols, e), java.util.Arrays.copyOf(vals, e));
    }
}
