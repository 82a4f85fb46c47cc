package io.sweep.solver;

/**
 * Norms of a P1 function given by its nodal values, integrated exactly cell by cell (nothing is
 * stored): ∫_T u² = |T|/12 (u₀² + u₁² + u₂² + (u₀+u₁+u₂)²) is uᵀ M_T u with the P1 mass
 * matrix, and ∫_T |∇u|² = uᵀ K_T u with the P1 stiffness matrix before boundary conditions.
 */
public final class FunctionNorms {

    private FunctionNorms() {
    }

    /** l2 of the nodal vector, L² and H¹-seminorm of the function, nodal min and max. */
    public static Norms of(Mesh mesh, double[] u) {
        double squares = 0.0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double value : u) {
            squares += value * value;
            min = Math.min(min, value);
            max = Math.max(max, value);
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
            double u0 = u[v[0]], u1 = u[v[1]], u2 = u[v[2]];
            double sum = u0 + u1 + u2;
            mass += twiceArea / 24.0 * (u0 * u0 + u1 * u1 + u2 * u2 + sum * sum);
            double gx = b[0] * u0 + b[1] * u1 + b[2] * u2;
            double gy = c[0] * u0 + c[1] * u1 + c[2] * u2;
            energy += (gx * gx + gy * gy) / (2.0 * twiceArea);
        }
        return new Norms(Math.sqrt(squares), Math.sqrt(mass), Math.sqrt(energy), min, max);
    }
}
