package io.sweep.solver;

/**
 * Preconditioned conjugate gradients for a symmetric positive definite system A x = b, stopping
 * when the (recursively updated) residual satisfies ‖r‖₂ ≤ tolerance·‖b‖₂.
 */
final class ConjugateGradient {

    private final CsrMatrix a;
    private final Multigrid preconditioner;
    private final double tolerance;
    private final int maxIterations;

    ConjugateGradient(CsrMatrix a, Multigrid preconditioner, double tolerance, int maxIterations) {
        this.a = a;
        this.preconditioner = preconditioner;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /** Solves into x (overwritten, starting from zero) and returns the iterations taken. */
    int solve(double[] b, double[] x) {
        int n = b.length;
        java.util.Arrays.fill(x, 0.0);
        double normB = Math.sqrt(dot(b, b));
        if (normB == 0.0) {
            return 0;
        }
        double[] r = b.clone();
        double[] z = new double[n];
        double[] p = new double[n];
        double[] ap = new double[n];
        preconditioner.apply(r, z);
        System.arraycopy(z, 0, p, 0, n);
        double rz = dot(r, z);
        double rr = 0.0;
        for (int it = 1; it <= maxIterations; it++) {
            a.multiply(p, ap);
            double step = rz / dot(p, ap);
            rr = 0.0;
            for (int i = 0; i < n; i++) {
                x[i] += step * p[i];
                r[i] -= step * ap[i];
                rr += r[i] * r[i];
            }
            if (Math.sqrt(rr) <= tolerance * normB) {
                return it;
            }
            preconditioner.apply(r, z);
            double rzNext = dot(r, z);
            double beta = rzNext / rz;
            rz = rzNext;
            for (int i = 0; i < n; i++) {
                p[i] = z[i] + beta * p[i];
            }
        }
        throw new NoConvergenceException(maxIterations, Math.sqrt(rr) / normB, tolerance);
    }

    private static double dot(double[] u, double[] v) {
        double s = 0.0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }
}
