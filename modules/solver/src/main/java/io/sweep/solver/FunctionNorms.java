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

    /** l2 of the nodal vector, L² and H¹-seminorm of the function, nodal min and max, on the calling thread. */
    public static Norms of(Mesh mesh, double[] u) {
        return of(mesh, u, new ParallelRows(1));
    }

    /**
     * The same on the given threads: every sum is one of partial sums over fixed blocks (of
     * vertices, of cells) added in block order, so the norms have the same bits for any thread count.
     */
    public static Norms of(Mesh mesh, double[] u, ParallelRows parallel) {
        int blocks = ParallelRows.blocks(u.length);
        double[] lowest = new double[blocks], highest = new double[blocks];
        parallel.run(blocks, u.length, (from, to) -> {
            for (int k = from; k < to; k++) {
                double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
                for (int i = k * ParallelRows.SUM_BLOCK, end = Math.min(u.length, i + ParallelRows.SUM_BLOCK); i < end; i++) {
                    min = Math.min(min, u[i]);
                    max = Math.max(max, u[i]);
                }
                lowest[k] = min;
                highest[k] = max;
            }
        });
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < blocks; k++) {
            min = Math.min(min, lowest[k]);
            max = Math.max(max, highest[k]);
        }
        double scale = scaleFor(Math.max(Math.abs(min), Math.abs(max)));
        double inverse = 1.0 / scale;
        double squares = parallel.sum(u.length, (from, to) -> {
            double sum = 0.0;
            for (int i = from; i < to; i++) {
                double x = u[i] * inverse;
                sum += x * x;
            }
            return sum;
        });
        double[] xy = mesh.coordinates();
        int[] cells = mesh.cells();
        int cellCount = cells.length / 3, cellBlocks = ParallelRows.blocks(cellCount);
        double[] mass = new double[cellBlocks], energy = new double[cellBlocks];
        parallel.run(cellBlocks, 3L * cellCount, (from, to) -> {
            int[] v = new int[3];
            double[] b = new double[3];
            double[] c = new double[3];
            for (int k = from; k < to; k++) {
                double m = 0.0, e = 0.0;
                for (int cell = k * ParallelRows.SUM_BLOCK, end = Math.min(cellCount, cell + ParallelRows.SUM_BLOCK);
                     cell < end; cell++) {
                    int t = 3 * cell;
                    v[0] = cells[t];
                    v[1] = cells[t + 1];
                    v[2] = cells[t + 2];
                    double twiceArea = Math.abs(Stiffness.elementGradients(xy, v, b, c));
                    double u0 = u[v[0]] * inverse, u1 = u[v[1]] * inverse, u2 = u[v[2]] * inverse;
                    double sum = u0 + u1 + u2;
                    m += twiceArea / 24.0 * (u0 * u0 + u1 * u1 + u2 * u2 + sum * sum);
                    double gx = b[0] * u0 + b[1] * u1 + b[2] * u2;
                    double gy = c[0] * u0 + c[1] * u1 + c[2] * u2;
                    e += (gx * gx + gy * gy) / (2.0 * twiceArea);
                }
                mass[k] = m;
                energy[k] = e;
            }
        });
        double massSum = 0.0, energySum = 0.0;
        for (int k = 0; k < cellBlocks; k++) {
            massSum += mass[k];
            energySum += energy[k];
        }
        return new Norms(scale * Math.sqrt(squares), scale * Math.sqrt(massSum), scale * Math.sqrt(energySum), min, max);
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
