package io.sweep.solver;

/** A dense Cholesky factor L Lᵀ = A, for the coarsest multigrid level (a few hundred unknowns). */
final class DenseCholesky {

    private final int n;
    private final double[] l;

    DenseCholesky(CsrMatrix a) {
        n = a.rows();
        l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int k = a.rowStart()[i]; k < a.rowStart()[i + 1]; k++) {
                l[i * n + a.columns()[k]] = a.values()[k];
            }
        }
        for (int j = 0; j < n; j++) {
            double d = l[j * n + j];
            for (int k = 0; k < j; k++) {
                d -= l[j * n + k] * l[j * n + k];
            }
            if (!(d > 0.0)) {
                throw new IllegalStateException("coarsest matrix is not positive definite at row " + j);
            }
            d = Math.sqrt(d);
            l[j * n + j] = d;
            for (int i = j + 1; i < n; i++) {
                double s = l[i * n + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * n + k] * l[j * n + k];
                }
                l[i * n + j] = s / d;
            }
        }
    }

    /** x = A⁻¹ b. */
    void solve(double[] b, double[] x) {
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * n + k] * x[k];
            }
            x[i] = s / l[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = x[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k * n + i] * x[k];
            }
            x[i] = s / l[i * n + i];
        }
    }
}
