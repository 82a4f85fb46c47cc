package io.sweep.config;

import java.util.regex.Pattern;

/**
 * Strict parsing of the numbers people type: plain decimal or scientific notation only.
 * {@link Double#parseDouble} alone would also take "NaN", "Infinity", hex floats and a trailing
 * "d", none of which a sweep parameter should be.
 */
public final class Numbers {
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,10}");

    private Numbers() {
    }

    /** A finite real number; {@code what} names it in the message, e.g. "--alphas item 'x'". */
    public static double finite(String text, String what) {
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            throw new BadInputException(what + " '" + text + "' is not a number: use e.g. 0.1, 10 or 1e-3");
        }
        double value = Double.parseDouble(t);
        if (!Double.isFinite(value)) {
            throw new BadInputException(what + " '" + text + "' is not finite: use a number below 1.8e308 in size");
        }
        return value;
    }

    /** A whole number at least {@code min}. */
    public static int wholeAtLeast(String text, int min, String what) {
        String t = text.strip();
        long value = WHOLE.matcher(t).matches() ? Long.parseLong(t) : Long.MIN_VALUE;
        if (value < min || value > Integer.MAX_VALUE) {
            throw new BadInputException(what + " '" + text + "' is invalid: use a whole number >= " + min);
        }
        return (int) value;
    }
}
