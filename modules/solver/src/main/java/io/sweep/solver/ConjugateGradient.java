package io.sweep.solver;

/**
 * Preconditioned conjugate gradients for a symmetric positive definite system A x = b, stopping
 * when the (recursively updated) residual satisfies ‖r‖₂ ≤ tolerance·‖b‖₂. Vector loops run on
 * the given {@link ParallelRows} and its dot products sum fixed blocks in order, so the iterates
 * have the same bits for any thread count. Keeps its scratch vectors: one instance per thread.
 */
final class ConjugateGradient {

    private final LinearOperator a;
    private final Preconditioner preconditioner;
    private final ParallelRows parallel;
    private final double tolerance;
    private final int maxIterations;
    private double[] r, z, p, ap;

    ConjugateGradient(LinearOperator a, Preconditioner preconditioner, ParallelRows parallel,
                      double tolerance, int maxIterations) {
        this.a = a;
        this.preconditioner = preconditioner;
        this.parallel = parallel;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /** Solves into x (overwritten, starting from zero) and returns the iterations taken. */
    int solve(double[] b, double[] x) {
        int n = b.length;
        java.util.Arrays.fill(x, 0.0);
        double normB = Math.sqrt(parallel.dot(b, b));
        if (normB == 0.0) {
            return 0;
        }
        if (r == null || r.length != n) {
            r = new double[n];
            z = new double[n];
            p = new double[n];
            ap = new double[n];
        }
        System.arraycopy(b, 0, r, 0, n);
        preconditioner.apply(r, z);
        System.arraycopy(z, 0, p, 0, n);
        double rz = parallel.dot(r, z);
        double rr = 0.0;
        for (int it = 1; it <= maxIterations; it++) {
            a.multiply(p, ap);
            double step = rz / parallel.dot(p, ap);
            rr = parallel.sum(n, (from, to) -> {
                double s = 0.0;
                for (int i = from; i < to; i++) {
                    x[i] += step * p[i];
                    r[i] -= step * ap[i];
                    s += r[i] * r[i];
                }
                return s;
            });
            if (Math.sqrt(rr) <= tolerance * normB) {
                return it;
            }
            preconditioner.apply(r, z);
            double rzNext = parallel.dot(r, z);
            double beta = rzNext / rz;
            rz = rzNext;
            parallel.run(n, n, (from, to) -> {
                for (int i = from; i < to; i++) {
                    p[i] = z[i] + beta * p[i];
                }
            });
        }
        throw new NoConvergenceException(maxIterations, Math.sqrt(rr) / normB, tolerance);
    }
}
