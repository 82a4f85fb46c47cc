package io.sweep.solver;

/**
 * A quadrature rule on a triangle in barycentric coordinates: ∫_T v ≈ |T| Σ_q w_q v(λ_q), the
 * weights summing to 1. Built as the collapsed (Duffy) product of two Gauss-Legendre rules, so
 * that any exactness degree is available without tables of digits: the square [0,1]² maps to the
 * reference triangle by (s, t) -> (ξ, η) = (s, t(1 - s)), whose Jacobian 1 - s raises the degree
 * in s by one; n points per direction integrate degree 2n - 2 exactly on the triangle.
 *
 * @param barycentric λ₀, λ₁, λ₂ of every point, interleaved
 * @param weights     one weight per point, summing to 1
 */
public record TriangleQuadrature(double[] barycentric, double[] weights) {

    /** A rule exact for every polynomial of total degree at most {@code degree} on a triangle. */
    public static TriangleQuadrature exactForDegree(int degree) {
        if (degree < 0) {
            throw new IllegalArgumentException("quadrature degree " + degree + " is invalid: it must be >= 0");
        }
        int n = (degree + 3) / 2;
        double[][] gauss = GaussLegendre.onUnitInterval(n);
        double[] nodes = gauss[0], w = gauss[1];
        double[] barycentric = new double[3 * n * n];
        double[] weights = new double[n * n];
        int q = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double xi = nodes[i], eta = nodes[j] * (1.0 - nodes[i]);
                barycentric[3 * q] = 1.0 - xi - eta;
                barycentric[3 * q + 1] = xi;
                barycentric[3 * q + 2] = eta;
                // Reference area 1/2, so the fraction of the area is twice the reference weight.
                weights[q++] = 2.0 * w[i] * w[j] * (1.0 - nodes[i]);
            }
        }
        return new TriangleQuadrature(barycentric, weights);
    }

    public int size() {
        return weights.length;
    }

    /** λ_k of point q. */
    public double lambda(int q, int k) {
        return barycentric[3 * q + k];
    }
}
