package io.sweep.results;

/**
 * The 255 colours of a field picture, so that it is written as an indexed PNG (one byte per
 * pixel: a third of the bytes to compress, half the file): the {@link Viridis} levels first
 * (index = level), then {@value #GREYS} greys from black to white for the axes, the text and
 * its antialiased edges (a grey is taken to the nearest of them: steps of 8.5 in 255) and for
 * values that are not a number.
 */
final class FieldPalette {
    static final int GREYS = 31;
    private static final int FIRST_GREY = Viridis.LEVELS;
    /** The palette, index by index, as 0xRRGGBB. */
    private static final int[] RGB = palette();
    /** Open addressing from a viridis colour to its level: the frame is converted once per slice. */
    private static final int[] SLOTS = slots();

    private FieldPalette() {
    }

    static int[] rgb() {
        return RGB.clone();
    }

    static int size() {
        return RGB.length;
    }

    /** The index of the grey nearest to {@code value} (0 black to 255 white). */
    static byte grey(int value) {
        int step = Math.round(Math.max(0, Math.min(255, value)) * (GREYS - 1) / 255f);
        return (byte) (FIRST_GREY + step);
    }

    static byte white() {
        return grey(255);
    }

    /**
     * The index of a colour drawn by Java2D: a viridis level exactly, else the grey of its
     * luminance (text and lines are black on white, so their pixels are greys already).
     */
    static byte indexOf(int rgb) {
        rgb &= 0xffffff;
        for (int slot = hash(rgb); ; slot = (slot + 1) & (SLOTS.length - 1)) {
            int entry = SLOTS[slot];
            if (entry < 0) {
                break;
            }
            if (RGB[entry] == rgb) {
                return (byte) entry;
            }
        }
        int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
        return grey(r == g && g == b ? r : Math.round(0.299f * r + 0.587f * g + 0.114f * b));
    }

    private static int[] palette() {
        int[] rgb = new int[Viridis.LEVELS + GREYS];
        for (int level = 0; level < Viridis.LEVELS; level++) {
            rgb[level] = Viridis.rgbOfLevel(level);
        }
        for (int step = 0; step < GREYS; step++) {
            int v = Math.round(step * 255f / (GREYS - 1));
            rgb[FIRST_GREY + step] = v << 16 | v << 8 | v;
        }
        return rgb;
    }

    private static int[] slots() {
        int[] slots = new int[1024];
        java.util.Arrays.fill(slots, -1);
        for (int level = 0; level < Viridis.LEVELS; level++) {
            int slot = hash(RGB[level]);
            while (slots[slot] >= 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = level;
        }
        return slots;
    }

    private static int hash(int rgb) {
        return (rgb * 0x9E3779B1) >>> 22;
    }
}
