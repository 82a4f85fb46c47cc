package io.sweep.solver;

/**
 * A triangle mesh of a rectangle [x0,x1]x[y0,y1], built exactly as DOLFIN's {@code RectangleMesh}
 * / {@code UnitSquareMesh(nx, ny)} with the default "right" diagonal: vertex
 * {@code k = j*(nx+1) + i} sits at (x0 + i*hx, y0 + j*hy), x fastest; each square is split along
 * the diagonal from its lower-left to its upper-right corner into the triangles
 * (v0, v1, v3) and (v0, v2, v3), where v0 is the lower-left, v1 the lower-right, v2 the
 * upper-left and v3 the upper-right vertex. Triangles are counter-clockwise.
 *
 * <p>Plain arrays, so that assembly loops and writers read them without boxing.
 *
 * @param nx cells along x
 * @param ny cells along y
 * @param coordinates x and y of every vertex, interleaved: x0, y0, x1, y1, ...
 * @param cells three vertex indices per triangle
 */
public record Mesh(double x0, double y0, double x1, double y1, int nx, int ny,
                   double[] coordinates, int[] cells) {

    /** The unit square [0,1]x[0,1], as DOLFIN's {@code UnitSquareMesh(nx, ny)}. */
    public static Mesh unitSquare(int nx, int ny) {
        return rectangle(0.0, 0.0, 1.0, 1.0, nx, ny);
    }

    /** The rectangle [x0,x1]x[y0,y1] with nx by ny squares, each split into two triangles. */
    public static Mesh rectangle(double x0, double y0, double x1, double y1, int nx, int ny) {
        return rectangle(x0, y0, x1, y1, nx, ny, new ParallelRows(1));
    }

    /** The same, its vertex and cell rows filled on the given threads (each entry as one thread computes it). */
    public static Mesh rectangle(double x0, double y0, double x1, double y1, int nx, int ny, ParallelRows parallel) {
        if (nx < 1 || ny < 1) {
            throw new IllegalArgumentException(
                    "mesh size " + nx + "x" + ny + " is invalid: both must be whole numbers >= 1");
        }
        if (!(x1 > x0) || !(y1 > y0) || !Double.isFinite(x1 - x0) || !Double.isFinite(y1 - y0)) {
            throw new IllegalArgumentException("rectangle [" + x0 + "," + x1 + "]x[" + y0 + "," + y1
                    + "] is invalid: need finite x0 < x1 and y0 < y1");
        }
        long vertices = (long) (nx + 1) * (ny + 1);
        if (vertices > Integer.MAX_VALUE / 2 || 6L * nx * ny > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("mesh size " + nx + "x" + ny
                    + " is too large: at most about 18000x18000 cells fit in Java arrays");
        }
        long bytes = 16 * vertices + 24L * nx * ny;
        long available = Runtime.getRuntime().maxMemory();
        if (bytes > available) {
            throw new InsufficientMemoryException("mesh size " + nx + "x" + ny + " needs " + (bytes >> 20)
                    + " MiB for its vertices and cells alone but this JVM may use at most "
                    + (available >> 20) + " MiB: use a smaller mesh or a larger -Xmx");
        }
        double[] xy = new double[2 * (int) vertices];
        // DOLFIN's RectangleMesh computes a + ((b - a) / n) * i; the same expression, the same bits.
        double hx = (x1 - x0) / nx;
        double hy = (y1 - y0) / ny;
        parallel.run(ny + 1, 2L * (ny + 1) * (nx + 1), (from, to) -> {
            for (int j = from; j < to; j++) {
                double y = y0 + hy * j;
                for (int i = 0; i <= nx; i++) {
                    int k = j * (nx + 1) + i;
                    xy[2 * k] = x0 + hx * i;
                    xy[2 * k + 1] = y;
                }
            }
        });
        int[] cells = new int[6 * nx * ny];
        parallel.run(ny, 6L * nx * ny, (from, to) -> {
            int c = 6 * nx * from;
            for (int j = from; j < to; j++) {
                for (int i = 0; i < nx; i++) {
                    int v0 = j * (nx + 1) + i;
                    int v1 = v0 + 1;
                    int v2 = v0 + (nx + 1);
                    int v3 = v1 + (nx + 1);
                    cells[c++] = v0; cells[c++] = v1; cells[c++] = v3;
                    cells[c++] = v0; cells[c++] = v2; cells[c++] = v3;
                }
            }
        });
        return new Mesh(x0, y0, x1, y1, nx, ny, xy, cells);
    }

    public int vertexCount() {
        return coordinates.length / 2;
    }

    public int cellCount() {
        return cells.length / 3;
    }

    public double x(int vertex) {
        return coordinates[2 * vertex];
    }

    public double y(int vertex) {
        return coordinates[2 * vertex + 1];
    }
}
