package io.sweep.results;

/**
 * matplotlib's viridis colour map: perceptually uniform, readable in grey scale and by colour
 * blind readers, and its lightness grows monotonically from low to high values.
 */
final class Viridis {
    /** viridis at 0, 0.1, ..., 1 (matplotlib's values); linear in between. */
    private static final int[] ANCHORS = {
        0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c,
        0x22a884, 0x44bf70, 0x7ad151, 0xbddf26, 0xfde725,
    };
    /**
     * Levels of the table: 224, so that a field picture's palette ({@link FieldPalette}) holds
     * them and the greys of its text in the 256 entries of an indexed PNG; steps of 1/224 of
     * the colour range are not visible.
     */
    static final int LEVELS = 224;
    private static final int[] TABLE = table();

    private Viridis() {
    }

    /** The RGB colour of {@code t} in [0, 1] (clamped). */
    static int rgb(double t) {
        return TABLE[level(t)];
    }

    /** The level of {@code t} in [0, 1] (clamped; NaN is 0): 0 to {@link #LEVELS} - 1. */
    static int level(double t) {
        if (!(t > 0)) {
            return 0;
        }
        return t >= 1 ? LEVELS - 1 : (int) (t * LEVELS);
    }

    /** The RGB colour of a level. */
    static int rgbOfLevel(int level) {
        return TABLE[level];
    }

    private static int[] table() {
        int[] table = new int[LEVELS];
        for (int level = 0; level < LEVELS; level++) {
            double position = (level + 0.5) / LEVELS * (ANCHORS.length - 1);
            int anchor = Math.min((int) position, ANCHORS.length - 2);
            double f = position - anchor;
            int from = ANCHORS[anchor];
            int to = ANCHORS[anchor + 1];
            table[level] = mix(from >> 16, to >> 16, f) << 16
                    | mix(from >> 8, to >> 8, f) << 8
                    | mix(from, to, f);
        }
        return table;
    }

    private static int mix(int from, int to, double f) {
        int a = from & 0xff;
        int b = to & 0xff;
        return (int) Math.round(a + (b - a) * f);
    }
}
