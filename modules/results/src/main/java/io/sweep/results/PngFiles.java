package io.sweep.results;

import io.sweep.results.draw.Canvas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a {@link Canvas} as an 8-bit RGB PNG, or an {@link IndexedImage} as an indexed one
 * (palette, one byte per pixel), atomically.
 *
 * <p>A small encoder of its own rather than ImageIO: ImageIO's PNG writer tries five filters on
 * every row and its start-up (plugin registry) costs a cold JVM noticeable time, while plots are
 * mostly flat colour and smooth gradients, which the "Up" filter and fast deflate already
 * compress well. ImageIO reads the files back in the tests.
 */
public final class PngFiles {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte FILTER_UP = 2;
    private static final byte COLOUR_RGB = 2;
    private static final byte COLOUR_PALETTE = 3;
    private static final int DEFLATE_LEVEL = 4;

    private PngFiles() {
    }

    public static void write(Path png, Canvas image) throws IOException {
        byte[] encoded = encode(image);
        AtomicFiles.write(png, out -> out.write(encoded));
    }

    static void write(Path png, IndexedImage image) throws IOException {
        byte[] encoded = encode(image);
        AtomicFiles.write(png, out -> out.write(encoded));
    }

    /**
     * An indexed PNG: the palette (PLTE), then each row unfiltered, as the PNG specification
     * advises for palette images (indices are not magnitudes, so differences do not help).
     */
    static byte[] encode(IndexedImage image) throws IOException {
        int width = image.width();
        int height = image.height();
        ByteArrayOutputStream png = start(width, height, COLOUR_PALETTE, width * height / 4);
        ByteBuffer palette = ByteBuffer.allocate(3 * image.palette().length);
        for (int rgb : image.palette()) {
            palette.put((byte) (rgb >> 16)).put((byte) (rgb >> 8)).put((byte) rgb);
        }
        chunk(png, "PLTE", palette.array());
        byte[] rows = new byte[height * (1 + width)];
        for (int y = 0; y < height; y++) {
            // rows[y * (1 + width)] stays 0: filter type None.
            System.arraycopy(image.pixels(), y * width, rows, y * (1 + width) + 1, width);
        }
        Deflater deflater = new Deflater(DEFLATE_LEVEL);
        try {
            deflater.setInput(rows);
            deflater.finish();
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(rows.length / 4);
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
            chunk(png, "IDAT", compressed.toByteArray());
        } finally {
            deflater.end();
        }
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    static byte[] encode(Canvas image) throws IOException {
        int width = image.width();
        int height = image.height();
        ByteArrayOutputStream png = start(width, height, COLOUR_RGB, width * height);
        chunk(png, "IDAT", pixelData(image));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** zlib stream of the rows, each "Up"-filtered (difference to the row above). */
    private static byte[] pixelData(Canvas image) throws IOException {
        int width = image.width();
        int height = image.height();
        int[] previous = new int[width];
        int[] current = new int[width];
        int[] pixels = image.pixels();
        byte[] row = new byte[1 + 3 * width];
        row[0] = FILTER_UP;
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(width * height / 2);
        Deflater deflater = new Deflater(DEFLATE_LEVEL);
        try (OutputStream zlib = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            for (int y = 0; y < height; y++) {
                System.arraycopy(pixels, y * width, current, 0, width);
                for (int x = 0, i = 1; x < width; x++, i += 3) {
                    int rgb = current[x];
                    int above = previous[x];
                    row[i] = (byte) ((rgb >> 16) - (above >> 16));
                    row[i + 1] = (byte) ((rgb >> 8) - (above >> 8));
                    row[i + 2] = (byte) (rgb - above);
                }
                zlib.write(row);
                int[] swap = previous;
                previous = current;
                current = swap;
            }
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    /** The signature and the header chunk: 8 bits per channel (or per index), no interlace. */
    private static ByteArrayOutputStream start(int width, int height, byte colourType, int capacity) {
        ByteArrayOutputStream png = new ByteArrayOutputStream(capacity);
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put(colourType)
                .put((byte) 0).put((byte) 0).put((byte) 0)  // deflate, adaptive filters, no interlace
                .array());
        return png;
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
