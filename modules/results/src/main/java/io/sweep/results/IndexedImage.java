package io.sweep.results;

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

    /** The colour of one pixel, 0xRRGGBB. */
    int rgb(int x, int y) {
        return palette[pixels[y * width + x] & 0xff];
    }
}
