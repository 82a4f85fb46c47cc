package io.sweep.results;

import io.sweep.solver.Mesh;

/**
 * The pixels of a P1 field on a rectangle mesh ({@link Mesh#rectangle} numbering: vertex
 * j*(nx+1)+i, each square split along its lower-left to upper-right diagonal) as
 * {@link FieldPalette} indices: the viridis level of the value between {@code min} and
 * {@code max}, grey where it is not a number. Row 0 is the top of the domain (largest y).
 */
final class FieldRaster {
    private static final byte NOT_A_NUMBER_GREY = FieldPalette.grey(0xbb);

    private FieldRaster() {
    }

    /**
     * Fills the {@code width} x {@code height} block of {@code pixels} (rows {@code stride} bytes
     * apart) that starts at index {@code start}, interpolating u linearly in each triangle as P1
     * does. Each column's cell and position in it are the same on every row: found once.
     */
    static void fill(byte[] pixels, int start, int stride, Mesh mesh, double[] u, int width,
                     int height, double min, double max) {
        int nx = mesh.nx();
        int ny = mesh.ny();
        double scale = Viridis.LEVELS / (max - min);
        int[] cellOf = new int[width];
        double[] within = new double[width];
        for (int column = 0; column < width; column++) {
            // Pixel centres, in cell units from the lower-left corner.
            double cx = (column + 0.5) / width * nx;
            cellOf[column] = Math.min((int) cx, nx - 1);
            within[column] = cx - cellOf[column];
        }
        int top = Viridis.LEVELS - 1;
        for (int row = 0; row < height; row++) {
            double cy = (height - row - 0.5) / height * ny;
            int j = Math.min((int) cy, ny - 1);
            double t = cy - j;
            int rowStart = j * (nx + 1);
            int out = start + row * stride;
            for (int column = 0; column < width; column++) {
                double s = within[column];
                int v0 = rowStart + cellOf[column];
                int v3 = v0 + nx + 2;
                double value = s >= t
                        // triangle (v0, v1, v3): below the diagonal
                        ? u[v0] + s * (u[v0 + 1] - u[v0]) + t * (u[v3] - u[v0 + 1])
                        // triangle (v0, v2, v3): above it
                        : u[v0] + t * (u[v0 + nx + 1] - u[v0]) + s * (u[v3] - u[v0 + nx + 1]);
                double level = (value - min) * scale;
                pixels[out + column] = value != value ? NOT_A_NUMBER_GREY
                        : (byte) (level > 0 ? (level < top ? (int) level : top) : 0);
            }
        }
    }
}
