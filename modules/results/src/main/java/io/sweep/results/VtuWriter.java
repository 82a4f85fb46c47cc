package io.sweep.results;

import io.sweep.solver.Mesh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Writes a P1 field on a triangle mesh as a VTK XML UnstructuredGrid (.vtu). */
public final class VtuWriter {
    private VtuWriter() {
    }

    /**
     * Writes the mesh and the point data {@code u} to {@code file}, atomically (temporary name,
     * then rename). {@code fieldData} (for example alpha and mesh size) goes into FieldData.
     */
    public static void write(Path file, Mesh mesh, double[] u, Map<String, Double> fieldData,
                             VtuEncoding encoding) throws IOException {
        throw new UnsupportedOperationException("results: not built yet (issue 4)");
    }
}
