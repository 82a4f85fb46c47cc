package io.sweep.results;

import io.sweep.solver.Mesh;

/**
 * The pixels of a P1 field on a rectangle mesh ({@link Mesh#rectangle} numbering: vertex
 * j*(nx+1)+i, each square split along its lower-left to upper-right diagonal), coloured with
 * viridis between {@code min} and {@code max}. Row 0 is the top of the domain (largest y).
 */
final class FieldRaster {
    private static final int NOT_A_NUMBER_GREY = 0xbbbbbb;

    private FieldRaster() {
    }

    /**
     * Fills the {@code width} x {@code height} block of {@code pixels} (rows {@code stride} ints
     * apart) that starts at index {@code start}.
     */
    static void fill(int[] pixels, int start, int stride, Mesh mesh, double[] u, int width,
                     int height, double min, double max) {
        int nx = mesh.nx();
        int ny = mesh.ny();
        double scale = 1 / (max - min);
        for (int row = 0; row < height; row++) {
            // Pixel centres, in cell units from the lower-left corner.
            double cy = (height - row - 0.5) / height * ny;
            int j = Math.min((int) cy, ny - 1);
            double t = cy - j;
            for (int column = 0; column < width; column++) {
                double cx = (column + 0.5) / width * nx;
                int i = Math.min((int) cx, nx - 1);
                double s = cx - i;
                int v0 = j * (nx + 1) + i;
                int v3 = v0 + nx + 2;
                double value = s >= t
                        // triangle (v0, v1, v3): below the diagonal
                        ? u[v0] + s * (u[v0 + 1] - u[v0]) + t * (u[v3] - u[v0 + 1])
                        // triangle (v0, v2, v3): above it
                        : u[v0] + t * (u[v0 + nx + 1] - u[v0]) + s * (u[v3] - u[v0 + nx + 1]);
                pixels[start + row * stride + column] = Double.isNaN(value)
                        ? NOT_A_NUMBER_GREY : Viridis.rgb((value - min) * scale);
            }
        }
    }
}
