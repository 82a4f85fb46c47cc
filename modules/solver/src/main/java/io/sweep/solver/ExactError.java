package io.sweep.solver;

/**
 * ‖u - u_h‖_L² and |u - u_h|_H¹ of a P1 function u_h against a function u known everywhere, as
 * DOLFIN's {@code errornorm(u, uh)} computes them: both are interpolated into P_{1+3} = P4 on each
 * cell (DOLFIN's default {@code degree_rise = 3}), the difference e is taken there, and ∫ e² and
 * ∫ |∇e|² are integrated with a rule exact for degree 8, so exactly for the interpolated error.
 * Only values of u are needed, no gradient: ∇e is the gradient of its P4 interpolant.
 *
 * <p>On {@link Mesh}'s structured triangulation the P4 nodes of all cells are the points of the
 * lattice four times finer than the vertices, so u is evaluated once per lattice point, a lattice
 * row at a time ({@link ScalarField#atAll}; about 8 values per cell instead of 15), and every cell is one of two
 * congruent triangles, whose element matrices are computed once.
 */
public final class ExactError {

    /** The degree u and u_h are interpolated into: P1 raised by 3, as DOLFIN's errornorm. */
    public static final int INTERPOLATION_DEGREE = 4;

    private ExactError() {
    }

    /** The errors of the P1 function with nodal values {@code uh} on {@code mesh} against {@code exact}. */
    public static ErrorNorms of(Mesh mesh, double[] uh, ScalarField exact) {
        if (uh.length != mesh.vertexCount()) {
            throw new IllegalArgumentException("u_h has " + uh.length + " values but the mesh has "
                    + mesh.vertexCount() + " vertices");
        }
        int k = INTERPOLATION_DEGREE;
        TriangleQuadrature rule = TriangleQuadrature.exactForDegree(2 * k);
        LagrangeTriangle element = LagrangeTriangle.tabulate(k, rule);
        int nx = mesh.nx(), ny = mesh.ny(), stride = nx + 1;
        double hx = (mesh.x1() - mesh.x0()) / nx, hy = (mesh.y1() - mesh.y0()) / ny;
        // The square's two triangles, as Mesh cuts it: (v0, v1, v3) below the diagonal, (v0, v2, v3) above.
        ElementMatrices lower = ElementMatrices.of(element, rule, new double[] {0, 0, hx, 0, hx, hy});
        ElementMatrices upper = ElementMatrices.of(element, rule, new double[] {0, 0, 0, hy, hx, hy});
        int nodes = element.nodeCount();
        int[] lowerDx = new int[nodes], lowerDy = new int[nodes], upperDx = new int[nodes], upperDy = new int[nodes];
        for (int n = 0; n < nodes; n++) {
            int b = element.nodes()[3 * n + 1], c = element.nodes()[3 * n + 2];
            lowerDx[n] = b + c;
            lowerDy[n] = c;
            upperDx[n] = c;
            upperDy[n] = b + c;
        }
        double[][] strip = new double[k + 1][k * nx + 1];
        double[] xs = new double[k * nx + 1], ys = new double[k * nx + 1];
        for (int column = 0; column < xs.length; column++) {
            xs[column] = mesh.x0() + hx * (column / (double) k);
        }
        latticeRow(mesh, exact, 0, xs, ys, strip[0]);
        double[] e = new double[nodes];
        double[] sums = new double[2];
        for (int j = 0; j < ny; j++) {
            if (j > 0) {
                double[] top = strip[k];
                strip[k] = strip[0];
                strip[0] = top;
            }
            for (int r = 1; r <= k; r++) {
                latticeRow(mesh, exact, k * j + r, xs, ys, strip[r]);
            }
            for (int i = 0; i < nx; i++) {
                int v0 = j * stride + i, v1 = v0 + 1, v2 = v0 + stride, v3 = v2 + 1;
                cellError(element, strip, k * i, lowerDx, lowerDy, uh[v0], uh[v1], uh[v3], e);
                lower.addForms(e, sums);
                cellError(element, strip, k * i, upperDx, upperDy, uh[v0], uh[v2], uh[v3], e);
                upper.addForms(e, sums);
            }
        }
        return new ErrorNorms(Math.sqrt(sums[0]), Math.sqrt(sums[1]));
    }

    /** e_n = u(node n) - u_h(node n), with u_h = Σ λ_i u_i linear on the cell. */
    private static void cellError(LagrangeTriangle element, double[][] strip, int column,
                                  int[] dx, int[] dy, double u0, double u1, double u2, double[] e) {
        int[] abc = element.nodes();
        double k = element.degree();
        for (int n = 0; n < e.length; n++) {
            double discrete = (abc[3 * n] * u0 + abc[3 * n + 1] * u1 + abc[3 * n + 2] * u2) / k;
            e[n] = strip[dy[n]][column + dx[n]] - discrete;
        }
    }

    /**
     * u at the points of lattice row {@code row}: x = x0 + hx·(I/k) (in {@code xs}),
     * y = y0 + hy·(row/k); a row at a time, as the load vector evaluates its data.
     */
    private static void latticeRow(Mesh mesh, ScalarField exact, int row, double[] xs, double[] ys,
                                   double[] values) {
        double hy = (mesh.y1() - mesh.y0()) / mesh.ny();
        java.util.Arrays.fill(ys, mesh.y0() + hy * (row / (double) INTERPOLATION_DEGREE));
        exact.atAll(xs, ys, xs.length, values);
    }
}
