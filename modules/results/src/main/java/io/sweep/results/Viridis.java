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
    private static final int LEVELS = 256;
    private static final int[] TABLE = table();

    private Viridis() {
    }

    /** The RGB colour of {@code t} in [0, 1] (clamped). */
    static int rgb(double t) {
        if (!(t > 0)) {
            return TABLE[0];
        }
        if (t >= 1) {
            return TABLE[LEVELS - 1];
        }
        return TABLE[(int) (t * LEVELS)];
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
