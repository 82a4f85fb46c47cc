package io.sweep.solver;

import java.util.ArrayList;
import java.util.List;

/**
 * The P1 stiffness matrix of a {@link TensorGrid} triangulated as DOLFIN does (each cell cut from
 * its lower-left to its upper-right corner), without storing it. Both triangles of a cell have a
 * right angle, so the diagonal couplings vanish and a cell of width w_i and height h_j gives
 * h_j/(2w_i) to its bottom and top edges and w_i/(2h_j) to its left and right ones:
 * K = Σ_edges c_e (e_p - e_q)(e_p - e_q)ᵀ, a 5-point stencil with separable weights
 * <pre>
 *   c((i,j),(i+1,j)) = gx_i·sy_j,  gx_i = 1/w_i,  sy_j = (h_{j-1} + h_j)/2
 *   c((i,j),(i,j+1)) = gy_j·sx_i,  gy_j = 1/h_j,  sx_i = (w_{i-1} + w_i)/2
 * </pre>
 * (a missing cell counts 0). A Neumann side needs nothing more: its rows are these. Dirichlet
 * vertices, given as a mask that may only mark boundary vertices, are eliminated symmetrically
 * as {@link DirichletConditions#eliminate} does: their rows and columns become the identity's.
 *
 * <p>Rows of the two outer rings (where a neighbour may be fixed or missing) take a general path;
 * the rest a fast loop with the inverse diagonal cached per kind of row. Loops over rows run on
 * the operator's {@link ParallelRows}; each entry is computed the same way whatever the threads.
 */
public final class StencilOperator implements LinearOperator {

    private final TensorGrid grid;
    private final int nx, ny, stride;
    private final double[] gx, sx, gy, sy;
    /** All cells of the grid have one width: interior rows have one weight per direction. */
    private final boolean uniformX;
    private final boolean[] fixed;
    private final ParallelRows parallel;
    /** For interior rows: which cached row of inverse diagonals applies. */
    private final int[] rowKind;
    private final double[][] inverseDiagonal;

    /**
     * @param fixed    the Dirichlet vertices (only boundary vertices may be marked)
     * @param parallel the threads the loops use
     */
    public StencilOperator(TensorGrid grid, boolean[] fixed, ParallelRows parallel) {
        this.grid = grid;
        this.nx = grid.nx();
        this.ny = grid.ny();
        this.stride = nx + 1;
        if (fixed.length != grid.vertexCount()) {
            throw new IllegalArgumentException("Dirichlet mask has " + fixed.length + " entries for "
                    + grid.vertexCount() + " vertices");
        }
        for (int j = 1; j < ny; j++) {
            for (int i = 1; i < nx; i++) {
                if (fixed[j * stride + i]) {
                    throw new IllegalArgumentException("vertex (" + i + "," + j + ") is inside the"
                            + " rectangle: only boundary vertices can be Dirichlet vertices here");
                }
            }
        }
        this.fixed = fixed;
        this.parallel = parallel;
        uniformX = TensorGrid.isUniform(grid.xs());
        gx = TensorGrid.inverseSpacings(grid.xs(), uniformX);
        sx = TensorGrid.meanSpacings(grid.xs(), uniformX);
        boolean uniformY = TensorGrid.isUniform(grid.ys());
        gy = TensorGrid.inverseSpacings(grid.ys(), uniformY);
        sy = TensorGrid.meanSpacings(grid.ys(), uniformY);
        rowKind = new int[ny + 1];
        List<double[]> kinds = new ArrayList<>();
        List<double[]> keys = new ArrayList<>();
        for (int j = 1; j < ny; j++) {
            double[] key = {sy[j], gy[j - 1], gy[j]};
            int kind = -1;
            for (int q = 0; q < keys.size() && kind < 0; q++) {
                if (java.util.Arrays.equals(keys.get(q), key)) {
                    kind = q;
                }
            }
            if (kind < 0) {
                kind = keys.size();
                keys.add(key);
                double[] inv = new double[stride];
                for (int i = 1; i < nx; i++) {
                    inv[i] = 1.0 / diagonal(i, j);
                }
                kinds.add(inv);
            }
            rowKind[j] = kind;
        }
        inverseDiagonal = kinds.toArray(double[][]::new);
    }

    public TensorGrid grid() {
        return grid;
    }

    public int size() {
        return fixed.length;
    }

    /** Whether a vertex is a Dirichlet vertex (its row and column are the identity's). */
    public boolean isFixed(int vertex) {
        return fixed[vertex];
    }

    public ParallelRows parallel() {
        return parallel;
    }

    // Weights of the four edges at (i, j), 0 where there is no neighbour.
    double west(int i, int j) {
        return i > 0 ? gx[i - 1] * sy[j] : 0.0;
    }

    double east(int i, int j) {
        return i < nx ? gx[i] * sy[j] : 0.0;
    }

    double south(int i, int j) {
        return j > 0 ? gy[j - 1] * sx[i] : 0.0;
    }

    double north(int i, int j) {
        return j < ny ? gy[j] * sx[i] : 0.0;
    }

    /** K_kk of the stiffness matrix before elimination (the system's, for a free vertex). */
    double diagonal(int i, int j) {
        return west(i, j) + east(i, j) + south(i, j) + north(i, j);
    }

    /** Σ c_km x_m over the free neighbours m of vertex (i, j): minus the off-diagonal part of row k. */
    private double neighbours(double[] x, int i, int j) {
        int k = j * stride + i;
        double s = 0.0;
        if (i > 0 && !fixed[k - 1]) {
            s += west(i, j) * x[k - 1];
        }
        if (i < nx && !fixed[k + 1]) {
            s += east(i, j) * x[k + 1];
        }
        if (j > 0 && !fixed[k - stride]) {
            s += south(i, j) * x[k - stride];
        }
        if (j < ny && !fixed[k + stride]) {
            s += north(i, j) * x[k + stride];
        }
        return s;
    }

    /** (A x)_k at vertex (i, j) by the general path. */
    private double product(double[] x, int i, int j) {
        int k = j * stride + i;
        return fixed[k] ? x[k] : diagonal(i, j) * x[k] - neighbours(x, i, j);
    }

    /** y = A x, rows in parallel. */
    @Override
    public void multiply(double[] x, double[] y) {
        residual(null, x, y);
    }

    /** r = b - A x (or y = A x when b is null), rows in parallel. */
    public void residual(double[] b, double[] x, double[] r) {
        parallel.run(ny + 1, size(), (from, to) -> {
            for (int j = from; j < to; j++) {
                residualRow(b, x, r, j);
            }
        });
    }

    private void residualRow(double[] b, double[] x, double[] r, int j) {
        int row = j * stride;
        if (j < 2 || j > ny - 2) {
            for (int i = 0; i <= nx; i++) {
                double ax = product(x, i, j);
                r[row + i] = b == null ? ax : b[row + i] - ax;
            }
            return;
        }
        for (int i = 0; i <= Math.min(1, nx); i++) {
            r[row + i] = b == null ? product(x, i, j) : b[row + i] - product(x, i, j);
        }
        if (uniformX) {
            double w = gx[0] * sy[j], s = gy[j - 1] * sx[1], n = gy[j] * sx[1], d = (w + w) + (s + n);
            if (b == null) {
                for (int k = row + 2, end = row + nx - 2; k <= end; k++) {
                    r[k] = d * x[k] - (w * (x[k - 1] + x[k + 1]) + s * x[k - stride] + n * x[k + stride]);
                }
            } else {
                for (int k = row + 2, end = row + nx - 2; k <= end; k++) {
                    r[k] = b[k] - (d * x[k] - (w * (x[k - 1] + x[k + 1]) + s * x[k - stride] + n * x[k + stride]));
                }
            }
        } else {
            double syj = sy[j], gs = gy[j - 1], gn = gy[j];
            for (int i = 2, k = row + 2; i <= nx - 2; i++, k++) {
                double w = gx[i - 1] * syj, e = gx[i] * syj, s = gs * sx[i], n = gn * sx[i];
                double ax = (w + e + s + n) * x[k] - (w * x[k - 1] + e * x[k + 1] + s * x[k - stride] + n * x[k + stride]);
                r[k] = b == null ? ax : b[k] - ax;
            }
        }
        for (int i = Math.max(2, nx - 1); i <= nx; i++) {
            r[row + i] = b == null ? product(x, i, j) : b[row + i] - product(x, i, j);
        }
    }

    /**
     * One Gauss-Seidel update of the vertices of row j whose i + j has the given parity: each
     * becomes the value that zeroes its residual. With fromZero the neighbours are taken as 0
     * (the first half-sweep from a zero guess), and x is not read.
     */
    void relaxRow(double[] b, double[] x, int j, int parity, boolean fromZero) {
        int row = j * stride;
        int first = (parity + j) & 1;
        if (j < 2 || j > ny - 2) {
            for (int i = first; i <= nx; i += 2) {
                relax(b, x, i, j, fromZero);
            }
            return;
        }
        int i = first;
        for (; i < 2; i += 2) {
            relax(b, x, i, j, fromZero);
        }
        double[] inv = inverseDiagonal[rowKind[j]];
        if (fromZero) {
            for (; i <= nx - 2; i += 2) {
                x[row + i] = b[row + i] * inv[i];
            }
        } else if (uniformX) {
            double w = gx[0] * sy[j], s = gy[j - 1] * sx[1], n = gy[j] * sx[1], d = inv[1];
            for (; i <= nx - 2; i += 2) {
                int k = row + i;
                x[k] = (b[k] + (w * (x[k - 1] + x[k + 1]) + s * x[k - stride] + n * x[k + stride])) * d;
            }
        } else {
            double syj = sy[j], gs = gy[j - 1], gn = gy[j];
            for (; i <= nx - 2; i += 2) {
                int k = row + i;
                double w = gx[i - 1] * syj, e = gx[i] * syj, s = gs * sx[i], n = gn * sx[i];
                x[k] = (b[k] + (w * x[k - 1] + e * x[k + 1] + s * x[k - stride] + n * x[k + stride])) * inv[i];
            }
        }
        for (; i <= nx; i += 2) {
            relax(b, x, i, j, fromZero);
        }
    }

    private void relax(double[] b, double[] x, int i, int j, boolean fromZero) {
        int k = j * stride + i;
        if (fixed[k]) {
            x[k] = b[k];
        } else {
            x[k] = (b[k] + (fromZero ? 0.0 : neighbours(x, i, j))) / diagonal(i, j);
        }
    }

    /** v = 0 at the Dirichlet vertices (boundary vertices are the only candidates). */
    void clearFixed(double[] v) {
        for (int i = 0; i <= nx; i++) {
            clearIfFixed(v, i);
            clearIfFixed(v, ny * stride + i);
        }
        for (int j = 1; j < ny; j++) {
            clearIfFixed(v, j * stride);
            clearIfFixed(v, j * stride + nx);
        }
    }

    private void clearIfFixed(double[] v, int k) {
        if (fixed[k]) {
            v[k] = 0.0;
        }
    }

    /** Σ_{m fixed} K_km g_m for every free vertex k (0 for fixed ones): the lifting of values g. */
    public double[] fixedCouplings(java.util.function.IntToDoubleFunction g) {
        return StencilEntries.fixedCouplings(this, g);
    }

    /** The same operator as an assembled matrix (for the coarsest level's factorisation and for tests). */
    public CsrMatrix toCsr() {
        return StencilEntries.assembled(this);
    }
}
