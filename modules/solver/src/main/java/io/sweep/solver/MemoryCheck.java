package io.sweep.solver;

/**
 * How much heap a solve needs, so that a mesh too large fails at once with a clear message
 * instead of an OutOfMemoryError halfway through.
 */
final class MemoryCheck {

    /**
     * Live heap per vertex at the peak of a solve (mesh ~40 B, stiffness CSR ~90 B, multigrid
     * hierarchy and transfers ~110 B, CG and multigrid vectors ~70 B), rounded up for the
     * transient arrays of the Galerkin products.
     */
    static final double BYTES_PER_VERTEX = 400;

    /** Room for the JVM's own objects and small arrays. */
    static final double FIXED_BYTES = 16e6;

    private MemoryCheck() {
    }

    static long estimatedBytes(int nx, int ny) {
        if (nx < 1 || ny < 1) {
            throw new IllegalArgumentException(
                    "mesh size " + nx + "x" + ny + " is invalid: both must be whole numbers >= 1");
        }
        double bytes = BYTES_PER_VERTEX * ((double) nx + 1) * ((double) ny + 1) + FIXED_BYTES;
        return bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes;
    }

    static void require(int nx, int ny, long available) {
        long needed = estimatedBytes(nx, ny);
        if (needed > available) {
            throw new InsufficientMemoryException("mesh size " + nx + "x" + ny + " needs about "
                    + needed / (1 << 20) + " MiB of heap but this JVM may use at most "
                    + available / (1 << 20) + " MiB: use a smaller mesh or a larger -Xmx");
        }
    }
}
