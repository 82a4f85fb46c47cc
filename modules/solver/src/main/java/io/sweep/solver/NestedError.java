package io.sweep.solver;

/**
 * The error of a coarse P1 solution against a finer one on a nested mesh, for a convergence study
 * without an exact solution: the coarse function is evaluated at the fine vertices (exactly its
 * own values, since every fine triangle lies in one coarse triangle when the fine mesh refines
 * each coarse square r_x by r_y times with the same diagonal), and ‖u_f - u_c‖_L² and |u_f - u_c|_H¹
 * are integrated exactly on the fine mesh as P1 functions.
 */
public final class NestedError {

    private NestedError() {
    }

    /** Whether an nx by ny mesh nests in a fineNx by fineNy one of the same rectangle. */
    public static boolean nests(int nx, int ny, int fineNx, int fineNy) {
        return nx >= 1 && ny >= 1 && fineNx % nx == 0 && fineNy % ny == 0;
    }

    /** The errors of {@code coarseU} on {@code coarse} against {@code fineU} on {@code fine}. */
    public static ErrorNorms of(Mesh coarse, double[] coarseU, Mesh fine, double[] fineU) {
        if (fineU.length != fine.vertexCount()) {
            throw new IllegalArgumentException("the fine solution has " + fineU.length
                    + " values but its mesh has " + fine.vertexCount() + " vertices");
        }
        double[] difference = onFineVertices(coarse, coarseU, fine);
        for (int k = 0; k < difference.length; k++) {
            difference[k] = fineU[k] - difference[k];
        }
        Norms norms = FunctionNorms.of(fine, difference);
        return new ErrorNorms(norms.normL2(), norms.seminormH1());
    }

    /** The coarse P1 function's values at the vertices of the fine mesh it nests in. */
    public static double[] onFineVertices(Mesh coarse, double[] coarseU, Mesh fine) {
        if (coarseU.length != coarse.vertexCount()) {
            throw new IllegalArgumentException("the coarse solution has " + coarseU.length
                    + " values but its mesh has " + coarse.vertexCount() + " vertices");
        }
        if (!nests(coarse.nx(), coarse.ny(), fine.nx(), fine.ny())
                || coarse.x0() != fine.x0() || coarse.y0() != fine.y0()
                || coarse.x1() != fine.x1() || coarse.y1() != fine.y1()) {
            throw new IllegalArgumentException("a " + coarse.nx() + "x" + coarse.ny()
                    + " mesh does not nest in a " + fine.nx() + "x" + fine.ny()
                    + " one: the fine mesh's nx and ny must be multiples of the coarse one's, on the same rectangle");
        }
        int nx = coarse.nx(), ny = coarse.ny(), stride = nx + 1;
        int rx = fine.nx() / nx, ry = fine.ny() / ny;
        double[] u = new double[fine.vertexCount()];
        for (int fj = 0; fj <= fine.ny(); fj++) {
            int j = Math.min(fj / ry, ny - 1);
            double t = (fj - j * ry) / (double) ry;
            for (int fi = 0; fi <= fine.nx(); fi++) {
                int i = Math.min(fi / rx, nx - 1);
                double s = (fi - i * rx) / (double) rx;
                int v0 = j * stride + i, v1 = v0 + 1, v2 = v0 + stride, v3 = v2 + 1;
                double u0 = coarseU[v0], u1 = coarseU[v1], u2 = coarseU[v2], u3 = coarseU[v3];
                // Below the diagonal: triangle (v0, v1, v3); above it: (v0, v2, v3).
                u[fj * (fine.nx() + 1) + fi] = t <= s
                        ? u0 + s * (u1 - u0) + t * (u3 - u1)
                        : u0 + t * (u2 - u0) + s * (u3 - u2);
            }
        }
        return u;
    }
}
