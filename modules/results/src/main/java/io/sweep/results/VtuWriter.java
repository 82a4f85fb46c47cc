package io.sweep.results;

import io.sweep.solver.Mesh;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a P1 field on a triangle mesh as a VTK XML UnstructuredGrid (.vtu): version 1.0,
 * UInt64 headers, little-endian, Float64 points with z = 0, Int32 connectivity and offsets,
 * UInt8 cell types (5, triangle), Float64 point data {@code u}, and Float64 field data (α, mesh
 * size) written inline as text so that {@code head file.vtu} shows them.
 *
 * <p>The file is written in one streaming pass through a small buffer; only the XML header is a
 * string. With {@link VtuEncoding#ZLIB} each array is compressed in memory first, because the
 * header must hold the compressed sizes.
 */
public final class VtuWriter {
    private VtuWriter() {
    }

    /**
     * Writes the mesh and the point data {@code u} to {@code file}, atomically (temporary name,
     * then rename). {@code fieldData} (for example alpha and mesh size) goes into FieldData.
     * Returns the file's size and CRC32C, summed as it was written.
     */
    public static FileSum write(Path file, Mesh mesh, double[] u, Map<String, Double> fieldData,
                             VtuEncoding encoding) throws IOException {
        List<VtuArray> arrays = VtuPiece.arrays(mesh, u);
        Map<String, Double> sortedFieldData = new TreeMap<>(fieldData);
        return AtomicFiles.write(file, out -> writeTo(out, mesh, arrays, sortedFieldData, encoding));
    }

    /** The field data this project writes: α and the mesh size (cells along x and y). */
    public static Map<String, Double> fieldData(double alpha, Mesh mesh) {
        Map<String, Double> data = new LinkedHashMap<>();
        data.put("alpha", alpha);
        data.put("nx", (double) mesh.nx());
        data.put("ny", (double) mesh.ny());
        return data;
    }

    /** Writes the whole file to {@code out}; package-private so tests can inspect the bytes. */
    static void writeTo(OutputStream out, Mesh mesh, List<VtuArray> arrays,
                        Map<String, Double> fieldData, VtuEncoding encoding) throws IOException {
        AppendedBlocks appended = encoding == VtuEncoding.ASCII
                ? null : new AppendedBlocks(encoding, arrays);
        long[] offsets = appended == null ? null : appended.offsets();
        VtuHeader header = new VtuHeader(encoding == VtuEncoding.ZLIB);
        header.open(mesh.vertexCount(), mesh.cellCount(), fieldData);
        for (VtuArray.Section section : VtuArray.Section.values()) {
            header.openSection(section);
            for (int i = 0; i < arrays.size(); i++) {
                VtuArray array = arrays.get(i);
                if (array.section() != section) {
                    continue;
                }
                if (appended == null) {
                    header.inlineArray(array);
                    write(out, header.take());
                    AsciiSink sink = new AsciiSink(out);
                    array.ascii().writeTo(sink);
                    sink.drain();
                    header.closeInlineArray();
                } else {
                    header.appendedArray(array, offsets[i]);
                }
            }
            header.closeSection(section);
        }
        header.closePiece();
        if (appended != null) {
            header.openAppendedData(appended.xmlEncoding());
            write(out, header.take());
            appended.writeTo(out);
            header.closeAppendedData();
        }
        header.closeFile();
        write(out, header.take());
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
