package io.sweep.solver;

/**
 * Norms of a P1 function given by its nodal values, integrated exactly cell by cell (nothing is
 * stored): ∫_T u² = |T|/12 (u₀² + u₁² + u₂² + (u₀+u₁+u₂)²) is uᵀ M_T u with the P1 mass
 * matrix, and ∫_T |∇u|² = uᵀ K_T u with the P1 stiffness matrix before boundary conditions.
 *
 * <p>Sums of squares are scaled, as LAPACK's {@code dnrm2} does, so that they neither overflow
 * nor underflow: u is divided by s, the power of two just above max|uᵢ|, the sums are taken of
 * values at most 1, and each norm is multiplied by s again. Dividing by a power of two is exact,
 * so for any u whose plain sums would not overflow the norms are the same bits as unscaled ones;
 * for u of size 1e200 they are finite instead of infinite. A u with a NaN or an infinite value
 * has NaN or infinite norms.
 */
public final class FunctionNorms {

    private FunctionNorms() {
    }

    /** l2 of the nodal vector, L² and H¹-seminorm of the function, nodal min and max. */
    public static Norms of(Mesh mesh, double[] u) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double value : u) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        double scale = scaleFor(Math.max(Math.abs(min), Math.abs(max)));
        double inverse = 1.0 / scale;
        double squares = 0.0;
        for (double value : u) {
            double x = value * inverse;
            squares += x * x;
        }
        double mass = 0.0, energy = 0.0;
        double[] xy = mesh.coordinates();
        int[] cells = mesh.cells();
        int[] v = new int[3];
        double[] b = new double[3];
        double[] c = new double[3];
        for (int t = 0; t < cells.length; t += 3) {
            v[0] = cells[t];
            v[1] = cells[t + 1];
            v[2] = cells[t + 2];
            double twiceArea = Math.abs(Stiffness.elementGradients(xy, v, b, c));
            double u0 = u[v[0]] * inverse, u1 = u[v[1]] * inverse, u2 = u[v[2]] * inverse;
            double sum = u0 + u1 + u2;
            mass += twiceArea / 24.0 * (u0 * u0 + u1 * u1 + u2 * u2 + sum * sum);
            double gx = b[0] * u0 + b[1] * u1 + b[2] * u2;
            double gy = c[0] * u0 + c[1] * u1 + c[2] * u2;
            energy += (gx * gx + gy * gy) / (2.0 * twiceArea);
        }
        return new Norms(scale * Math.sqrt(squares), scale * Math.sqrt(mass), scale * Math.sqrt(energy), min, max);
    }

    /**
     * The power of two at or above {@code largest} (1 for 0, which leaves u as it is); NaN or
     * infinity is returned as it is, so that the norms say so.
     */
    static double scaleFor(double largest) {
        if (!Double.isFinite(largest)) {
            return largest;
        }
        if (largest == 0.0) {
            return 1.0;
        }
        int exponent = Math.getExponent(largest) + 1;
        // 2^1024 is not a double: scale by 2^1023 then; values are then below 2 in size.
        return Math.scalb(1.0, Math.min(exponent, Double.MAX_EXPONENT));
    }
}
