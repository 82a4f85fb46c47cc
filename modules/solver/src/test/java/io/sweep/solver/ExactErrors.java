package io.sweep.solver;

/**
 * L² and H¹-seminorm errors of a P1 function against an exact solution, integrated with a
 * degree-5 seven-point rule on each triangle (exact enough that the quadrature error is far below
 * the discretisation error on the meshes tested).
 */
final class ExactErrors {

    private static final double A1 = 0.059715871789770, B1 = 0.470142064105115, W1 = 0.132394152788506;
    private static final double A2 = 0.797426985353087, B2 = 0.101286507323456, W2 = 0.125939180544827;
    private static final double[][] POINTS = {
        {1.0 / 3, 1.0 / 3, 1.0 / 3, 0.225},
        {A1, B1, B1, W1}, {B1, A1, B1, W1}, {B1, B1, A1, W1},
        {A2, B2, B2, W2}, {B2, A2, B2, W2}, {B2, B2, A2, W2},
    };

    interface Gradient {
        double[] at(double x, double y);
    }

    private ExactErrors() {
    }

    /** {‖u - u_h‖_L², |u - u_h|_H¹}. */
    static double[] of(Mesh mesh, double[] uh, ScalarField u, Gradient grad) {
        double l2 = 0.0, h1 = 0.0;
        int[] cells = mesh.cells();
        int[] v = new int[3];
        double[] b = new double[3], c = new double[3];
        for (int t = 0; t < cells.length; t += 3) {
            v[0] = cells[t];
            v[1] = cells[t + 1];
            v[2] = cells[t + 2];
            double twiceArea = Stiffness.elementGradients(mesh.coordinates(), v, b, c);
            double area = Math.abs(twiceArea) / 2;
            double gx = 0, gy = 0;
            for (int k = 0; k < 3; k++) {
                gx += b[k] * uh[v[k]] / twiceArea;
                gy += c[k] * uh[v[k]] / twiceArea;
            }
            for (double[] q : POINTS) {
                double x = 0, y = 0, value = 0;
                for (int k = 0; k < 3; k++) {
                    x += q[k] * mesh.x(v[k]);
                    y += q[k] * mesh.y(v[k]);
                    value += q[k] * uh[v[k]];
                }
                double e = u.at(x, y) - value;
                double[] g = grad.at(x, y);
                l2 += q[3] * area * e * e;
                h1 += q[3] * area * ((g[0] - gx) * (g[0] - gx) + (g[1] - gy) * (g[1] - gy));
            }
        }
        return new double[] {Math.sqrt(l2), Math.sqrt(h1)};
    }
}
