package io.sweep.results;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;

/**
 * A picture of at most 256 colours: one byte per pixel, row by row from the top, each an index
 * into {@code palette} (0xRRGGBB). Written as an indexed PNG by {@link PngFiles}.
 */
record IndexedImage(int width, int height, byte[] pixels, int[] palette) {
    IndexedImage {
        if (pixels.length != width * height || palette.length == 0 || palette.length > 256) {
            throw new IllegalArgumentException(width + "x" + height + " picture with " + pixels.length
                    + " pixels and " + palette.length + " colours");
        }
    }

    /** The same picture as a BufferedImage (for tests and for reading its colours). */
    BufferedImage toBufferedImage() {
        byte[] r = new byte[palette.length], g = new byte[palette.length], b = new byte[palette.length];
        for (int i = 0; i < palette.length; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        IndexColorModel model = new IndexColorModel(8, palette.length, r, g, b);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(pixels, 0, data, 0, pixels.length);
        return image;
    }
}
