package io.sweep.solver;

/**
 * The vertices where u is prescribed and how the linear system is changed for them.
 *
 * <p>Located as DOLFIN's topological {@code DirichletBC} does: a boundary edge whose two ends and
 * midpoint lie in the part fixes both its vertices. Applied by symmetric elimination: the rows
 * and columns of fixed vertices become those of the identity, and the right-hand side of a free
 * vertex i loses u_D·Σ_{j fixed} K_ij (the "lifting"). The solution is the one DOLFIN gets with
 * identity rows, and the matrix stays symmetric positive definite for conjugate gradients.
 *
 * @param fixed   whether each vertex is fixed
 * @param lifting Σ_{j fixed} K_ij for each free vertex i, 0 for fixed ones
 */
public record DirichletConditions(boolean[] fixed, double[] lifting) {

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
     * conditions, with the lifting needed for a non-zero prescribed value.
     */
    public static DirichletConditions eliminate(CsrMatrix k, boolean[] fixed) {
        double[] lifting = new double[k.rows()];
        int[] start = k.rowStart(), cols = k.columns();
        double[] values = k.values();
        for (int i = 0; i < k.rows(); i++) {
            for (int e = start[i]; e < start[i + 1]; e++) {
                int j = cols[e];
                if (fixed[i]) {
                    values[e] = i == j ? 1.0 : 0.0;
                } else if (fixed[j]) {
                    lifting[i] += values[e];
                    values[e] = 0.0;
                }
            }
        }
        return new DirichletConditions(fixed, lifting);
    }

    /** Changes a load vector into the right-hand side of the eliminated system. */
    public void applyTo(double[] rhs, double value) {
        for (int i = 0; i < rhs.length; i++) {
            rhs[i] = fixed[i] ? value : rhs[i] - value * lifting[i];
        }
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
