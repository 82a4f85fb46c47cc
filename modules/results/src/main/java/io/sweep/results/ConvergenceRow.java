package io.sweep.results;

/**
 * One mesh of a convergence study: its size, its errors and what it cost.
 *
 * @param nx             cells along x
 * @param ny             cells along y
 * @param h              the cells' diameter (DOLFIN's {@code mesh.hmax()}), see {@link #cellDiameter}
 * @param unknowns       P1 degrees of freedom, (nx+1)(ny+1), Dirichlet vertices included as DOLFIN counts them
 * @param errorL2        ‖u - u_h‖_L², NaN when unknown (a failed task, or the reference mesh itself)
 * @param errorH1        |u - u_h|_H¹, NaN when unknown
 * @param iterations     conjugate-gradient iterations of the solve (-1 when unknown)
 * @param computeSeconds the task's compute time (NaN when unknown)
 */
public record ConvergenceRow(int nx, int ny, double h, long unknowns, double errorL2, double errorH1,
                             int iterations, double computeSeconds) {

    /** The diameter of a cell of an nx by ny mesh of a width by height rectangle: its diagonal. */
    public static double cellDiameter(double width, double height, int nx, int ny) {
        return Math.hypot(width / nx, height / ny);
    }

    /** P1 unknowns of an nx by ny mesh. */
    public static long unknowns(int nx, int ny) {
        return (nx + 1L) * (ny + 1L);
    }

    /** "64" for a square mesh, "64x32" otherwise. */
    public String meshLabel() {
        return nx == ny ? Integer.toString(nx) : nx + "x" + ny;
    }
}
