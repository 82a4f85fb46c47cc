package io.sweep.results;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads back the .vtu files that {@link VtuWriter} writes, in any of its encodings: the parent
 * draws field images from them and resume checks them. Not a general VTK reader: it expects
 * UInt64 headers, little-endian data and Float64 arrays, and says so when a file differs.
 */
public final class VtuReader {
    private static final Pattern DATA_ARRAY = Pattern.compile("<DataArray\\b([^>]*?)/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_]+)=\"([^\"]*)\"");
    private static final Pattern INLINE_ARRAY =
            Pattern.compile("<DataArray\\b([^>]*)>([^<]*)</DataArray>");

    /** Enough for the header of any file VtuWriter writes (a few hundred bytes to a few kilobytes). */
    private static final int HEAD_BYTES = 1 << 16;

    private VtuReader() {
    }

    /** The point data array {@code u} of a .vtu file written by {@link VtuWriter}. */
    public static double[] readPointData(Path file) throws IOException {
        return readPointData(file, "u");
    }

    /** The Float64 point data array called {@code name}. */
    public static double[] readPointData(Path file, String name) throws IOException {
        Optional<double[]> raw = rawBlock(file, name);
        if (raw.isPresent()) {
            return raw.get();
        }
        byte[] bytes = Files.readAllBytes(file);
        String header = header(bytes);
        require(uint64LittleEndian(header), file, "UInt64 headers and little-endian data");
        Optional<Matcher> found = pointArray(header, name, file);
        if (found.isPresent()) {
            Matcher array = found.get();
            Map<String, String> attributes = attributes(array.group(1));
            require("Float64".equals(attributes.get("type")), file, "a Float64 array " + name);
            if ("ascii".equals(attributes.get("format"))) {
                int start = header.indexOf(array.group(), header.indexOf("<PointData"));
                return parseAscii(header, start + array.group().length());
            }
            require("appended".equals(attributes.get("format")), file,
                    "an appended or ascii array " + name);
            long offset = Long.parseLong(attributes.get("offset"));
            return appended(bytes, header, offset, file);
        }
        throw new IOException(file + " has no point data array named " + name);
    }

    /**
     * The array from a file with raw, uncompressed appended data (what sweep writes by default),
     * reading only the header and that array's block: at n=256 half a megabyte of a 4.3 MB file,
     * for each picture the parent draws. Empty for any other file or anything unexpected, which
     * the whole-file reading then handles (and explains).
     */
    private static Optional<double[]> rawBlock(Path file, String name) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(size, HEAD_BYTES));
            readFully(channel, head, 0);
            int end = headerEnd(head.array(), head.limit());
            if (end < 0 || end >= head.limit() || head.get(end - 1) != '_') {
                return Optional.empty();
            }
            String header = new String(head.array(), 0, end, StandardCharsets.ISO_8859_1);
            int appendedAt = header.lastIndexOf("<AppendedData");
            if (!uint64LittleEndian(header) || header.contains("compressor=")
                    || !"raw".equals(attributes(header.substring(appendedAt)).get("encoding"))
                    || header.indexOf("<PointData") < 0) {
                return Optional.empty();
            }
            Optional<Matcher> array = pointArray(header, name, file);
            if (array.isPresent()) {
                Map<String, String> attributes = attributes(array.get().group(1));
                if (!"Float64".equals(attributes.get("type")) || !"appended".equals(attributes.get("format"))) {
                    return Optional.empty();
                }
                long start = end + Long.parseLong(attributes.get("offset"));
                ByteBuffer length = ByteBuffer.allocate(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                if (start + Long.BYTES > size) {
                    return Optional.empty();
                }
                readFully(channel, length, start);
                long bytes = length.getLong(0);
                if (bytes < 0 || bytes % Double.BYTES != 0 || start + Long.BYTES + bytes > size) {
                    return Optional.empty();
                }
                ByteBuffer data = ByteBuffer.allocate(Math.toIntExact(bytes)).order(ByteOrder.LITTLE_ENDIAN);
                readFully(channel, data, start + Long.BYTES);
                double[] values = new double[data.remaining() / Double.BYTES];
                data.asDoubleBuffer().get(values);
                return Optional.of(values);
            }
            return Optional.empty();
        }
    }

    private static boolean uint64LittleEndian(String header) {
        return header.contains("header_type=\"UInt64\"") && header.contains("LittleEndian");
    }

    /** The {@code <DataArray>} tag named {@code name} in the header's point data, matched. */
    private static Optional<Matcher> pointArray(String header, String name, Path file) throws IOException {
        Matcher array = DATA_ARRAY.matcher(section(header, "PointData", file));
        while (array.find()) {
            if (name.equals(attributes(array.group(1)).get("Name"))) {
                return Optional.of(array);
            }
        }
        return Optional.empty();
    }

    /** Fills the buffer from the file at position, then flips it for reading. */
    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the file ended early");
            }
        }
        buffer.flip();
    }

    /** The field data (name to value), in file order; α and the mesh size for our files. */
    public static Map<String, Double> readFieldData(Path file) throws IOException {
        String header = header(Files.readAllBytes(file));
        Map<String, Double> values = new LinkedHashMap<>();
        int start = header.indexOf("<FieldData>");
        if (start < 0) {
            return values;
        }
        String fieldData = header.substring(start, header.indexOf("</FieldData>", start));
        Matcher array = INLINE_ARRAY.matcher(fieldData);
        while (array.find()) {
            String name = attributes(array.group(1)).get("Name");
            values.put(unescape(name), Double.parseDouble(array.group(2).trim()));
        }
        return values;
    }

    /** The text before the appended data (for ASCII files, the whole file). */
    private static String header(byte[] bytes) {
        int end = headerEnd(bytes, bytes.length);
        return new String(bytes, 0, end < 0 ? bytes.length : end, StandardCharsets.ISO_8859_1);
    }

    /** Just after the '_' that starts the appended data in the first length bytes, or -1 when there is none. */
    private static int headerEnd(byte[] bytes, int length) {
        byte[] marker = "<AppendedData".getBytes(StandardCharsets.US_ASCII);
        int end = indexOf(bytes, length, marker);
        if (end < 0) {
            return -1;
        }
        int underscore = end;
        while (underscore < length && bytes[underscore] != '_') {
            underscore++;
        }
        return Math.min(underscore + 1, length);
    }

    private static double[] appended(byte[] bytes, String header, long offset, Path file)
            throws IOException {
        int appendedAt = header.lastIndexOf("<AppendedData");
        require(appendedAt >= 0 && header.endsWith("_"), file, "an <AppendedData> section");
        String encoding = attributes(header.substring(appendedAt)).get("encoding");
        int start = Math.toIntExact(header.length() + offset);
        boolean zlib = header.contains("compressor=\"vtkZLibDataCompressor\"");
        if ("raw".equals(encoding)) {
            ByteBuffer data = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            data.position(start);
            return zlib ? inflate(data, file) : doubles(data, Math.toIntExact(data.getLong()));
        }
        require("base64".equals(encoding) && !zlib, file, "raw, base64 or zlib-compressed raw");
        ByteBuffer lengthBytes = ByteBuffer.wrap(Base64.getDecoder()
                .decode(Arrays.copyOfRange(bytes, start, start + 12)))
                .order(ByteOrder.LITTLE_ENDIAN);
        long length = lengthBytes.getLong();
        int chars = Math.toIntExact(4 * ((Long.BYTES + length + 2) / 3));
        ByteBuffer data = ByteBuffer.wrap(Base64.getDecoder()
                .decode(Arrays.copyOfRange(bytes, start, start + chars)))
                .order(ByteOrder.LITTLE_ENDIAN);
        return doubles(data, Math.toIntExact(data.getLong()));
    }

    private static double[] inflate(ByteBuffer data, Path file) throws IOException {
        int blocks = Math.toIntExact(data.getLong());
        int blockBytes = Math.toIntExact(data.getLong());
        int lastBytes = Math.toIntExact(data.getLong());
        long[] compressed = new long[blocks];
        for (int b = 0; b < blocks; b++) {
            compressed[b] = data.getLong();
        }
        long total = (long) blocks * blockBytes - (lastBytes == 0 ? 0 : blockBytes - lastBytes);
        byte[] plain = new byte[Math.toIntExact(total)];
        Inflater inflater = new Inflater();
        try {
            int written = 0;
            for (int b = 0; b < blocks; b++) {
                inflater.reset();
                inflater.setInput(data.array(), data.position(), (int) compressed[b]);
                int expected = (b == blocks - 1 && lastBytes != 0) ? lastBytes : blockBytes;
                int n = 0;
                while (n < expected && !inflater.finished()) {
                    n += inflater.inflate(plain, written + n, expected - n);
                }
                require(n == expected, file, "zlib blocks of the sizes its header gives");
                written += n;
                data.position(data.position() + (int) compressed[b]);
            }
        } catch (DataFormatException e) {
            throw new IOException(file + ": corrupt zlib block: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
        return doubles(ByteBuffer.wrap(plain).order(ByteOrder.LITTLE_ENDIAN), plain.length);
    }

    private static double[] doubles(ByteBuffer data, int byteCount) {
        double[] values = new double[byteCount / Double.BYTES];
        data.asDoubleBuffer().get(values);
        return values;
    }

    private static double[] parseAscii(String text, int from) {
        int end = text.indexOf("</DataArray>", from);
        String[] tokens = text.substring(from, end).trim().split("\\s+");
        if (tokens.length == 1 && tokens[0].isEmpty()) {
            return new double[0];
        }
        double[] values = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            values[i] = Double.parseDouble(tokens[i]);
        }
        return values;
    }

    private static String section(String header, String element, Path file) throws IOException {
        int start = header.indexOf("<" + element);
        require(start >= 0, file, "a <" + element + "> element");
        int end = header.indexOf("</" + element + ">", start);
        return header.substring(start, end < 0 ? header.indexOf('>', start) + 1 : end);
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            attributes.putIfAbsent(attribute.group(1), attribute.group(2));
        }
        return attributes;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    private static int indexOf(byte[] bytes, int length, byte[] marker) {
        outer:
        for (int i = 0; i + marker.length <= length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (bytes[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void require(boolean condition, Path file, String what) throws IOException {
        if (!condition) {
            throw new IOException(file + " is not a .vtu as VtuWriter writes it: expected " + what);
        }
    }
}
