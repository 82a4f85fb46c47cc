package io.sweep.solver;

/**
 * Gauss-Legendre points and weights, computed by Newton's method on the Legendre polynomial
 * P_n (three-term recurrence): exact for polynomials of degree 2n - 1.
 */
final class GaussLegendre {

    private GaussLegendre() {
    }

    /** {points, weights} of the n-point rule on [0, 1], points ascending, weights summing to 1. */
    static double[][] onUnitInterval(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Gauss-Legendre needs at least one point, not " + n);
        }
        double[] points = new double[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double derivative = 0.0;
            for (int iteration = 0; iteration < 100; iteration++) {
                double[] p = legendre(n, x);
                derivative = p[1];
                double step = p[0] / derivative;
                x -= step;
                if (Math.abs(step) < 1e-16) {
                    break;
                }
            }
            derivative = legendre(n, x)[1];
            // Root x of P_n on [-1, 1]: weight 2 / ((1 - x²) P_n'(x)²); halved for [0, 1].
            points[n - 1 - i] = 0.5 * (1.0 + x);
            weights[n - 1 - i] = 1.0 / ((1.0 - x * x) * derivative * derivative);
        }
        return new double[][] {points, weights};
    }

    /** {P_n(x), P_n'(x)}. */
    private static double[] legendre(int n, double x) {
        double previous = 1.0, current = x;
        for (int k = 2; k <= n; k++) {
            double next = ((2 * k - 1) * x * current - (k - 1) * previous) / k;
            previous = current;
            current = next;
        }
        return new double[] {current, n * (x * current - previous) / (x * x - 1.0)};
    }
}
