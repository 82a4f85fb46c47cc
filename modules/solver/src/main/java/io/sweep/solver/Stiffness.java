package io.sweep.solver;

/**
 * The P1 stiffness matrix K_ij = ∫ ∇φ_j·∇φ_i, before boundary conditions: symmetric, each row
 * summing to zero. Its sparsity is the 7-point stencil of the structured mesh (a vertex touches
 * its left, right, lower, upper, lower-left and upper-right neighbours); the values are summed
 * cell by cell from the mesh's triangles.
 */
public final class Stiffness {

    private Stiffness() {
    }

    /** Assembles K on the mesh. */
    public static CsrMatrix assemble(Mesh mesh) {
        CsrMatrix k = sparsity(mesh);
        double[] xy = mesh.coordinates();
        int[] cells = mesh.cells();
        int[] v = new int[3];
        double[] b = new double[3];
        double[] c = new double[3];
        for (int t = 0; t < cells.length; t += 3) {
            v[0] = cells[t];
            v[1] = cells[t + 1];
            v[2] = cells[t + 2];
            double twiceArea = elementGradients(xy, v, b, c);
            double scale = 1.0 / (2.0 * Math.abs(twiceArea));
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    k.values()[k.find(v[i], v[j])] += scale * (b[i] * b[j] + c[i] * c[j]);
                }
            }
        }
        return k;
    }

    /**
     * Fills b and c with the (unscaled) gradient components of the three barycentric coordinates,
     * ∇λ_i = (b_i, c_i) / (2|T|), and returns 2|T| with sign (positive when counter-clockwise).
     */
    static double elementGradients(double[] xy, int[] v, double[] b, double[] c) {
        double x0 = xy[2 * v[0]], y0 = xy[2 * v[0] + 1];
        double x1 = xy[2 * v[1]], y1 = xy[2 * v[1] + 1];
        double x2 = xy[2 * v[2]], y2 = xy[2 * v[2] + 1];
        b[0] = y1 - y2;
        b[1] = y2 - y0;
        b[2] = y0 - y1;
        c[0] = x2 - x1;
        c[1] = x0 - x2;
        c[2] = x1 - x0;
        return (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
    }

    /** The 7-point pattern of the structured mesh, with zero values, columns sorted. */
    static CsrMatrix sparsity(Mesh mesh) {
        int nx = mesh.nx(), ny = mesh.ny(), stride = nx + 1;
        int n = mesh.vertexCount();
        int[] start = new int[n + 1];
        int[] cols = new int[7 * n];
        int e = 0;
        int[] di = {-1, 0, -1, 0, 1, 0, 1};
        int[] dj = {-1, -1, 0, 0, 0, 1, 1};
        for (int j = 0; j <= ny; j++) {
            for (int i = 0; i <= nx; i++) {
                for (int s = 0; s < 7; s++) {
                    int ii = i + di[s], jj = j + dj[s];
                    if (ii >= 0 && ii <= nx && jj >= 0 && jj <= ny) {
                        cols[e++] = jj * stride + ii;
                    }
                }
                start[j * stride + i + 1] = e;
            }
        }
        return new CsrMatrix(n, n, start, java.util.Arrays.copyOf(cols, e), new double[e]);
    }
}
