package io.sweep.solver;

/**
 * How much heap a solve needs, so that a mesh too large fails at once with a clear message
 * instead of an OutOfMemoryError halfway through.
 */
final class MemoryCheck {

    /**
     * Live heap per vertex at the peak of a matrix-free solve of the seminar's problem: mesh
     * 40 B (coordinates 16, cells 24), Dirichlet mask and lifting 9 B, conjugate-gradient
     * scratch 32 B, multigrid residual and coarse levels 16 B, the two unit solutions, the right
     * hand side being solved for and the superposed result 32 B, the previous right-hand side
     * not yet collected 8 B: 137 B, rounded up.
     */
    static final double STENCIL_BYTES_PER_VERTEX = 144;

    /**
     * The same with the assembled matrices (mesh ~40 B, stiffness CSR ~90 B, multigrid hierarchy
     * and transfers ~110 B, vectors ~70 B), rounded up for the Galerkin products' transients.
     */
    static final double ASSEMBLED_BYTES_PER_VERTEX = 400;

    /** Room for the JVM's own objects and small arrays. */
    static final double FIXED_BYTES = 16e6;

    private MemoryCheck() {
    }

    /** Heap for the matrix-free path, the one {@link PoissonSolver#setUp(Mesh, BoundaryPart, int)} takes. */
    static long estimatedBytes(int nx, int ny) {
        return bytes(nx, ny, STENCIL_BYTES_PER_VERTEX);
    }

    /** Heap for the assembled path ({@link SystemMatrix#assemble}). */
    static long assembledBytes(int nx, int ny) {
        return bytes(nx, ny, ASSEMBLED_BYTES_PER_VERTEX);
    }

    private static long bytes(int nx, int ny, double perVertex) {
        if (nx < 1 || ny < 1) {
            throw new IllegalArgumentException(
                    "mesh size " + nx + "x" + ny + " is invalid: both must be whole numbers >= 1");
        }
        double bytes = perVertex * ((double) nx + 1) * ((double) ny + 1) + FIXED_BYTES;
        return bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes;
    }

    /** Checks the matrix-free path's need against the heap available. */
    static void require(int nx, int ny, long available) {
        require(nx, ny, estimatedBytes(nx, ny), available);
    }

    static void require(int nx, int ny, long needed, long available) {
        if (needed > available) {
            throw new InsufficientMemoryException("mesh size " + nx + "x" + ny + " needs about "
                    + needed / (1 << 20) + " MiB of heap but this JVM may use at most "
                    + available / (1 << 20) + " MiB: use a smaller mesh or a larger -Xmx");
        }
    }
}
