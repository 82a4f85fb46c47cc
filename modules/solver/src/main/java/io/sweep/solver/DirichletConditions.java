package io.sweep.solver;

/**
 * The vertices where u is prescribed and how the linear system is changed for them.
 *
 * <p>Located as DOLFIN's topological {@code DirichletBC} does: a boundary edge whose two ends and
 * midpoint lie in the part fixes both its vertices. Applied by symmetric elimination: the rows
 * and columns of fixed vertices become those of the identity, and the right-hand side of a free
 * vertex i loses Σ_{j fixed} K_ij u_D(x_j) (the "lifting"). The solution is the one DOLFIN gets
 * with identity rows, and the matrix stays symmetric positive definite for conjugate gradients.
 *
 * @param fixed          whether each vertex is fixed
 * @param couplingStart  for each free vertex i, where its entries K_ij with j fixed start in
 *                       the two arrays below (CSR layout, rows of fixed vertices empty)
 * @param couplingColumn the fixed vertex j of each such entry
 * @param couplingValue  K_ij of each such entry, as assembled before elimination
 */
public record DirichletConditions(boolean[] fixed, int[] couplingStart, int[] couplingColumn,
                                  double[] couplingValue) {

    /** Finds the fixed vertices of the part on the mesh's boundary. */
    public static boolean[] locate(Mesh mesh, BoundaryPart part) {
        int nx = mesh.nx(), ny = mesh.ny(), stride = nx + 1;
        boolean[] fixed = new boolean[mesh.vertexCount()];
        for (int i = 0; i < nx; i++) {
            markEdge(mesh, part, fixed, i, i + 1);
            markEdge(mesh, part, fixed, ny * stride + i, ny * stride + i + 1);
        }
        for (int j = 0; j < ny; j++) {
            markEdge(mesh, part, fixed, j * stride, (j + 1) * stride);
            markEdge(mesh, part, fixed, j * stride + nx, (j + 1) * stride + nx);
        }
        return fixed;
    }

    private static void markEdge(Mesh mesh, BoundaryPart part, boolean[] fixed, int p, int q) {
        double xp = mesh.x(p), yp = mesh.y(p), xq = mesh.x(q), yq = mesh.y(q);
        if (part.contains(xp, yp) && part.contains(xq, yq)
                && part.contains(0.5 * (xp + xq), 0.5 * (yp + yq))) {
            fixed[p] = true;
            fixed[q] = true;
        }
    }

    /**
     * Eliminates the fixed vertices from k in place (k becomes the system matrix) and returns the
     * conditions, with the coupling entries needed to lift non-zero prescribed values.
     */
    public static DirichletConditions eliminate(CsrMatrix k, boolean[] fixed) {
        int[] start = k.rowStart(), cols = k.columns();
        double[] values = k.values();
        int[] couplingStart = new int[k.rows() + 1];
        int count = 0;
        for (int i = 0; i < k.rows(); i++) {
            for (int e = start[i]; e < start[i + 1]; e++) {
                count += !fixed[i] && fixed[cols[e]] ? 1 : 0;
            }
        }
        int[] couplingColumn = new int[count];
        double[] couplingValue = new double[count];
        int c = 0;
        for (int i = 0; i < k.rows(); i++) {
            couplingStart[i] = c;
            for (int e = start[i]; e < start[i + 1]; e++) {
                int j = cols[e];
                if (fixed[i]) {
                    values[e] = i == j ? 1.0 : 0.0;
                } else if (fixed[j]) {
                    couplingColumn[c] = j;
                    couplingValue[c++] = values[e];
                    values[e] = 0.0;
                }
            }
        }
        couplingStart[k.rows()] = c;
        return new DirichletConditions(fixed, couplingStart, couplingColumn, couplingValue);
    }

    /** u_D at every fixed vertex (0 at the free ones). */
    public double[] prescribed(Mesh mesh, ScalarField dirichletData) {
        return prescribed(mesh, dirichletData, new ParallelRows(1));
    }

    /** The same on the given threads (u_D must allow calls from several, as immutable fields do). */
    public double[] prescribed(Mesh mesh, ScalarField dirichletData, ParallelRows parallel) {
        double[] values = new double[fixed.length];
        parallel.run(fixed.length, fixed.length, (from, to) -> {
            for (int v = from; v < to; v++) {
                if (fixed[v]) {
                    values[v] = dirichletData.at(mesh.x(v), mesh.y(v));
                }
            }
        });
        return values;
    }

    /** Changes a load vector into the right-hand side of the eliminated system for nodal u_D values. */
    public void applyTo(double[] rhs, double[] prescribed) {
        applyTo(rhs, prescribed, new ParallelRows(1));
    }

    /** The same on the given threads: each entry is computed from its own row alone. */
    public void applyTo(double[] rhs, double[] prescribed, ParallelRows parallel) {
        parallel.run(rhs.length, 2L * rhs.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                if (fixed[i]) {
                    rhs[i] = prescribed[i];
                    continue;
                }
                double lifting = 0.0;
                for (int e = couplingStart[i]; e < couplingStart[i + 1]; e++) {
                    lifting += couplingValue[e] * prescribed[couplingColumn[e]];
                }
                rhs[i] -= lifting;
            }
        });
    }

    /** The same for a constant u_D. */
    public void applyTo(double[] rhs, double value) {
        double[] prescribed = new double[rhs.length];
        java.util.Arrays.fill(prescribed, value);
        applyTo(rhs, prescribed);
    }

    /** Number of fixed vertices. */
    public int count() {
        int c = 0;
        for (boolean f : fixed) {
            c += f ? 1 : 0;
        }
        return c;
    }
}
