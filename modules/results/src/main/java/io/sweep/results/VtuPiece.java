package io.sweep.results;

import io.sweep.solver.Mesh;

import java.util.List;

/**
 * The arrays of one .vtu piece holding a P1 field on a triangle mesh: points (z = 0), cells
 * (connectivity, offsets, types) and the point data {@code u}.
 *
 * <p>Connectivity and offsets are both Int32: ParaView 5.8+ requires them to share one type,
 * ParaView 5.11 reads Int32 for both (checked by {@code ParaViewReadsVtuTest}), every index of a
 * mesh that fits in Java arrays fits, and it keeps the file a third smaller than Int64 (4.3 MB
 * instead of 6.4 MB at n = 256).
 */
final class VtuPiece {
    static final byte VTK_TRIANGLE = 5;
    /** Points or offsets made at a time before they are copied to the file in bulk. */
    private static final int CHUNK = 4096;

    private VtuPiece() {
    }

    /** The arrays in the order their data are appended to the file. */
    static List<VtuArray> arrays(Mesh mesh, double[] u) {
        if (u.length != mesh.vertexCount()) {
            throw new IllegalArgumentException("u has " + u.length + " values but the mesh has "
                    + mesh.vertexCount() + " vertices: a P1 field has one value per vertex");
        }
        return List.of(points(mesh), connectivity(mesh), offsets(mesh), types(mesh), pointData(u));
    }

    private static VtuArray points(Mesh mesh) {
        double[] xy = mesh.coordinates();
        int n = mesh.vertexCount();
        return new VtuArray(VtuArray.Section.POINTS, "Points", VtuArray.Type.FLOAT64, 3, 3 * n,
                sink -> {
                    double[] chunk = new double[3 * CHUNK];
                    for (int first = 0; first < n; first += CHUNK) {
                        int m = Math.min(CHUNK, n - first);
                        for (int k = 0; k < m; k++) {
                            chunk[3 * k] = xy[2 * (first + k)];
                            chunk[3 * k + 1] = xy[2 * (first + k) + 1];
                            chunk[3 * k + 2] = 0.0;
                        }
                        sink.putDoubles(chunk, 0, 3 * m);
                    }
                },
                sink -> {
                    for (int k = 0; k < n; k++) {
                        sink.number(xy[2 * k]);
                        sink.number(xy[2 * k + 1]);
                        sink.number(0.0);
                        sink.newline();
                    }
                });
    }

    private static VtuArray connectivity(Mesh mesh) {
        int[] cells = mesh.cells();
        return new VtuArray(VtuArray.Section.CELLS, "connectivity", VtuArray.Type.INT32, 1,
                cells.length,
                sink -> sink.putInts(cells, 0, cells.length),
                sink -> {
                    for (int i = 0; i < cells.length; i++) {
                        sink.number(cells[i]);
                        if (i % 3 == 2) {
                            sink.newline();
                        }
                    }
                });
    }

    private static VtuArray offsets(Mesh mesh) {
        int cells = mesh.cellCount();
        return new VtuArray(VtuArray.Section.CELLS, "offsets", VtuArray.Type.INT32, 1, cells,
                sink -> {
                    int[] chunk = new int[CHUNK];
                    for (int first = 1; first <= cells; first += CHUNK) {
                        int m = Math.min(CHUNK, cells - first + 1);
                        for (int k = 0; k < m; k++) {
                            chunk[k] = 3 * (first + k);
                        }
                        sink.putInts(chunk, 0, m);
                    }
                },
                sink -> {
                    for (int c = 1; c <= cells; c++) {
                        sink.number(3 * c);
                        if (c % 16 == 0) {
                            sink.newline();
                        }
                    }
                    sink.newline();
                });
    }

    private static VtuArray types(Mesh mesh) {
        int cells = mesh.cellCount();
        return new VtuArray(VtuArray.Section.CELLS, "types", VtuArray.Type.UINT8, 1, cells,
                sink -> sink.putBytes(VTK_TRIANGLE, cells),
                sink -> {
                    for (int c = 1; c <= cells; c++) {
                        sink.number(VTK_TRIANGLE);
                        if (c % 32 == 0) {
                            sink.newline();
                        }
                    }
                    sink.newline();
                });
    }

    private static VtuArray pointData(double[] u) {
        return new VtuArray(VtuArray.Section.POINT_DATA, "u", VtuArray.Type.FLOAT64, 1, u.length,
                sink -> sink.putDoubles(u, 0, u.length),
                sink -> {
                    for (double value : u) {
                        sink.number(value);
                        sink.newline();
                    }
                });
    }
}
