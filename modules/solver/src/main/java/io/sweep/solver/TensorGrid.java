package io.sweep.solver;

/**
 * The vertices of a structured rectangle mesh as a tensor product: x of each column and y of each
 * row, vertex {@code j*(nx+1) + i} at (xs[i], ys[j]) as in {@link Mesh}. A multigrid level is such
 * a grid too: coarsening keeps the even indices and the last one along each axis
 * ({@link GridTransfer#coarseCells}), so any nx, ny coarsens, odd ones to a grid whose last cell
 * is narrower than the others.
 *
 * @param xs x of each vertex column, increasing
 * @param ys y of each vertex row, increasing
 */
public record TensorGrid(double[] xs, double[] ys) {

    /** The grid of a mesh, with the mesh's own coordinates (so stencil and assembly agree to round-off). */
    public static TensorGrid of(Mesh mesh) {
        int stride = mesh.nx() + 1;
        double[] xs = new double[stride];
        double[] ys = new double[mesh.ny() + 1];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = mesh.x(i);
        }
        for (int j = 0; j < ys.length; j++) {
            ys[j] = mesh.y(j * stride);
        }
        return new TensorGrid(xs, ys);
    }

    public int nx() {
        return xs.length - 1;
    }

    public int ny() {
        return ys.length - 1;
    }

    public int vertexCount() {
        return xs.length * ys.length;
    }

    /** The next coarser grid: vertices min(2I, n) of each axis. */
    public TensorGrid coarsen() {
        return new TensorGrid(coarsen(xs), coarsen(ys));
    }

    private static double[] coarsen(double[] fine) {
        int n = fine.length - 1;
        double[] coarse = new double[GridTransfer.coarseCells(n) + 1];
        for (int c = 0; c < coarse.length; c++) {
            coarse[c] = fine[Math.min(2 * c, n)];
        }
        return coarse;
    }

    /** Whether every spacing equals the mean one to 1e-12 (coordinates x0 + h·i differ from it in the last bits). */
    static boolean isUniform(double[] t) {
        double h = spacing(t, -1, true);
        for (int i = 0; i + 1 < t.length; i++) {
            if (Math.abs(t[i + 1] - t[i] - h) > 1e-12 * h) {
                return false;
            }
        }
        return true;
    }

    /** The spacing after vertex i (i = -1: the mean one); on a uniform axis always the mean one. */
    private static double spacing(double[] t, int i, boolean uniform) {
        int n = t.length - 1;
        return uniform || i < 0 ? (t[n] - t[0]) / n : t[i + 1] - t[i];
    }

    /** 1/(spacing after each vertex). */
    static double[] inverseSpacings(double[] t, boolean uniform) {
        double[] g = new double[t.length - 1];
        for (int i = 0; i < g.length; i++) {
            g[i] = 1.0 / spacing(t, i, uniform);
        }
        return g;
    }

    /** Half the sum of the spacings before and after each vertex (0 beyond the ends). */
    static double[] meanSpacings(double[] t, boolean uniform) {
        int n = t.length - 1;
        double[] s = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            double before = i > 0 ? spacing(t, i - 1, uniform) : 0.0;
            double after = i < n ? spacing(t, i, uniform) : 0.0;
            s[i] = 0.5 * (before + after);
        }
        return s;
    }
}
