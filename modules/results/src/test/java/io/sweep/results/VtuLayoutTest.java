package io.sweep.results;

import io.sweep.solver.Mesh;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The byte layout of the .vtu files, checked without ParaView. */
class VtuLayoutTest {
    private static final Pattern APPENDED_ARRAY =
            Pattern.compile("Name=\"(\\w+)\"[^>]*format=\"appended\" offset=\"(\\d+)\"");

    private final Mesh mesh = Mesh.unitSquare(40, 30);
    private final double[] u = SyntheticSweep.field(mesh, 3.7);

    @TempDir
    Path directory;

    private byte[] bytes(VtuEncoding encoding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VtuWriter.writeTo(out, mesh, VtuPiece.arrays(mesh, u),
                VtuWriter.fieldData(3.7, mesh), encoding);
        return out.toByteArray();
    }

    /** Expected byte count of each array, in the order they are appended. */
    private Map<String, Long> arrayBytes() {
        int n = mesh.vertexCount();
        int c = mesh.cellCount();
        return Map.of("Points", 24L * n, "connectivity", 12L * c, "offsets", 4L * c,
                "types", (long) c, "u", 8L * n);
    }

    @Test
    void headerDeclaresTheFormatParaViewExpects() throws IOException {
        String text = new String(bytes(VtuEncoding.RAW), StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("<?xml version=\"1.0\"?>\n<VTKFile type=\"UnstructuredGrid\""
                + " version=\"1.0\" byte_order=\"LittleEndian\" header_type=\"UInt64\">"), text);
        assertTrue(text.contains("<Piece NumberOfPoints=\"1271\" NumberOfCells=\"2400\">"));
        assertTrue(text.contains("<DataArray type=\"Float64\" Name=\"Points\" NumberOfComponents=\"3\""));
        assertTrue(text.contains("<DataArray type=\"Int32\" Name=\"connectivity\""));
        assertTrue(text.contains("<DataArray type=\"Int32\" Name=\"offsets\""));
        assertTrue(text.contains("<DataArray type=\"UInt8\" Name=\"types\""));
        assertTrue(text.contains("<DataArray type=\"Float64\" Name=\"u\""));
        assertTrue(text.contains("Name=\"alpha\" NumberOfTuples=\"1\" format=\"ascii\">3.7<"));
        assertTrue(text.contains("Name=\"nx\" NumberOfTuples=\"1\" format=\"ascii\">40.0<"));
        assertTrue(text.contains("Name=\"ny\" NumberOfTuples=\"1\" format=\"ascii\">30.0<"));
        assertTrue(text.endsWith("\n  </AppendedData>\n</VTKFile>\n"));
    }

    @Test
    void rawOffsetsPointAtEightByteLengthsThenTheData() throws IOException {
        byte[] file = bytes(VtuEncoding.RAW);
        int start = dataStart(file);
        ByteBuffer data = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        long end = 0;
        for (Map.Entry<String, Long> array : offsets(file).entrySet()) {
            long offset = array.getValue();
            assertEquals(end, offset, "arrays are back to back: " + array.getKey());
            long length = data.getLong(start + (int) offset);
            assertEquals(arrayBytes().get(array.getKey()), length, array.getKey());
            end = offset + 8 + length;
        }
        assertEquals(file.length - "\n  </AppendedData>\n</VTKFile>\n".length(), start + end);

        long connectivity = offsets(file).get("connectivity");
        int[] cells = new int[mesh.cells().length];
        data.position(start + (int) connectivity + 8);
        data.asIntBuffer().get(cells);
        assertArrayEquals(mesh.cells(), cells);
        int offsetsAt = start + (int) (long) offsets(file).get("offsets") + 8;
        assertEquals(3, data.getInt(offsetsAt));
        assertEquals(3 * mesh.cellCount(), data.getInt(offsetsAt + 4 * (mesh.cellCount() - 1)));
        int typesAt = start + (int) (long) offsets(file).get("types") + 8;
        for (int c = 0; c < mesh.cellCount(); c++) {
            assertEquals(5, file[typesAt + c]);
        }
    }

    @Test
    void base64OffsetsCountCharactersOfHeaderAndDataEncodedTogether() throws IOException {
        byte[] file = bytes(VtuEncoding.BASE64);
        int start = dataStart(file);
        long end = 0;
        for (Map.Entry<String, Long> array : offsets(file).entrySet()) {
            long offset = array.getValue();
            assertEquals(end, offset, array.getKey());
            long raw = 8 + arrayBytes().get(array.getKey());
            long chars = 4 * ((raw + 2) / 3);
            byte[] decoded = Base64.getDecoder().decode(
                    new String(file, start + (int) offset, (int) chars, StandardCharsets.US_ASCII));
            assertEquals(raw, decoded.length, array.getKey());
            assertEquals(raw - 8, ByteBuffer.wrap(decoded).order(ByteOrder.LITTLE_ENDIAN).getLong());
            end = offset + chars;
        }
        assertEquals(file.length - "\n  </AppendedData>\n</VTKFile>\n".length(), start + end);
    }

    @Test
    void zlibHeadersFollowVtkZLibDataCompressor() throws Exception {
        byte[] file = bytes(VtuEncoding.ZLIB);
        assertTrue(new String(file, 0, 200, StandardCharsets.ISO_8859_1)
                .contains("compressor=\"vtkZLibDataCompressor\""));
        int start = dataStart(file);
        ByteBuffer data = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        long end = 0;
        for (Map.Entry<String, Long> array : offsets(file).entrySet()) {
            long plain = arrayBytes().get(array.getKey());
            data.position(start + (int) (long) array.getValue());
            assertEquals(end, array.getValue(), array.getKey());
            long blocks = data.getLong();
            assertEquals((plain + 32767) / 32768, blocks, array.getKey());
            assertEquals(32768, data.getLong());
            assertEquals(plain % 32768, data.getLong());
            long[] sizes = new long[(int) blocks];
            for (int b = 0; b < blocks; b++) {
                sizes[b] = data.getLong();
            }
            long inflated = 0;
            for (long size : sizes) {
                Inflater inflater = new Inflater();
                inflater.setInput(file, data.position(), (int) size);
                inflated += inflater.inflate(new byte[32768]);
                assertTrue(inflater.finished(), "each block is one complete zlib stream");
                inflater.end();
                data.position(data.position() + (int) size);
            }
            assertEquals(plain, inflated, array.getKey());
            end = data.position() - start;
        }
    }

    @ParameterizedTest
    @EnumSource(VtuEncoding.class)
    void readerGivesBackTheExactValuesAndFieldData(VtuEncoding encoding) throws IOException {
        Path file = directory.resolve(encoding + ".vtu");
        VtuWriter.write(file, mesh, u, VtuWriter.fieldData(3.7, mesh), encoding);
        double[] back = VtuReader.readPointData(file);
        assertEquals(u.length, back.length);
        for (int k = 0; k < u.length; k++) {
            assertEquals(Double.doubleToRawLongBits(u[k]), Double.doubleToRawLongBits(back[k]),
                    "value " + k);
        }
        assertEquals(Map.of("alpha", 3.7, "nx", 40.0, "ny", 30.0), VtuReader.readFieldData(file));
    }

    @ParameterizedTest
    @EnumSource(VtuEncoding.class)
    void outputDoesNotDependOnTheDefaultLocale(VtuEncoding encoding) throws IOException {
        Locale before = Locale.getDefault();
        byte[] root;
        byte[] german;
        try {
            Locale.setDefault(Locale.ROOT);
            root = bytes(encoding);
            Locale.setDefault(Locale.GERMANY);
            german = bytes(encoding);
        } finally {
            Locale.setDefault(before);
        }
        assertArrayEquals(root, german);
    }

    @Test
    void asciiRefusesValuesVtkCannotParse() {
        double[] withNaN = u.clone();
        withNaN[7] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VtuWriter.write(directory.resolve("nan.vtu"), mesh, withNaN, Map.of(),
                        VtuEncoding.ASCII));
        assertTrue(e.getMessage().contains("binary encoding"), e.getMessage());
        assertEquals(List.of(), List.of(directory.toFile().list()), "nothing left behind");
    }

    @Test
    void refusesAFieldOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> VtuWriter.write(
                directory.resolve("short.vtu"), mesh, new double[10], Map.of(), VtuEncoding.RAW));
    }

    private static int dataStart(byte[] file) {
        String text = new String(file, 0, Math.min(file.length, 4096), StandardCharsets.ISO_8859_1);
        int appended = text.indexOf("<AppendedData");
        return text.indexOf('_', appended) + 1;
    }

    /** Array name to offset, in offset order. */
    private static Map<String, Long> offsets(byte[] file) {
        String text = new String(file, 0, Math.min(file.length, 4096), StandardCharsets.ISO_8859_1);
        List<Map.Entry<String, Long>> entries = new ArrayList<>();
        Matcher m = APPENDED_ARRAY.matcher(text.substring(0, text.indexOf("<AppendedData")));
        while (m.find()) {
            entries.add(Map.entry(m.group(1), Long.parseLong(m.group(2))));
        }
        entries.sort(Map.Entry.comparingByValue());
        Map<String, Long> ordered = new LinkedHashMap<>();
        entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        assertEquals(5, ordered.size(), "five appended arrays");
        return ordered;
    }
}
