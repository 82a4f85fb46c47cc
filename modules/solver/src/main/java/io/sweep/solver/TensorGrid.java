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
}
