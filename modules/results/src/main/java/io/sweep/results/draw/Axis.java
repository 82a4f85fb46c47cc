package io.sweep.results.draw;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * A numeric axis of a chart: the range it shows, linear or logarithmic, and its labelled ticks.
 *
 * @param lower  the value at the axis's start
 * @param upper  the value at its end
 * @param logarithmic positions by log10 of the value
 * @param ticks  the labelled values, increasing, inside [lower, upper]
 * @param labels their labels, Locale.ROOT
 */
public record Axis(double lower, double upper, boolean logarithmic, List<Double> ticks, List<String> labels) {
    /** The share of the range on each side of the data of an axis fitted to them. */
    private static final double MARGIN = 0.05;

    /**
     * A linear axis over [min, max] with a twentieth of the range added on each side (a range
     * around the value when they are equal), with about {@code ticks} nice ticks.
     */
    public static Axis linear(double min, double max, int ticks) {
        if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            min = 0;
            max = 1;
        }
        double pad = max > min ? MARGIN * (max - min) : Math.max(Math.abs(min), 1) * 0.5;
        return linearOver(min - pad, max + pad, ticks);
    }

    /** A linear axis over exactly [lower, upper] (a bar chart's axis from 0). */
    public static Axis linearOver(double lower, double upper, int ticks) {
        Ticks nice = Ticks.over(lower, upper, ticks);
        return new Axis(lower, upper, false, nice.values(), labels(nice.values(), nice.format()));
    }

    /**
     * A logarithmic axis fitted to [min, max] (both positive), a twentieth of the decades added on
     * each side, or over whole decades when {@code wholeDecades}. Ticks at the powers of ten
     * inside; at 1, 2 and 5 times them when fewer than two powers fall inside, at every multiple
     * when that is still too few.
     */
    public static Axis logarithmic(double min, double max, boolean wholeDecades) {
        if (!(min > 0) || !(max >= min) || !Double.isFinite(max)) {
            min = 0.1;
            max = 1;
        }
        double lo = Math.log10(min), hi = Math.log10(max);
        if (wholeDecades) {
            lo = Math.floor(lo + 1e-9);
            hi = Math.max(Math.ceil(hi - 1e-9), lo + 1);
        } else if (hi > lo) {
            double pad = MARGIN * (hi - lo);
            lo -= pad;
            hi += pad;
        } else {
            lo -= 0.5;
            hi += 0.5;
        }
        // A hair wider: the end decades' ticks stay inside despite rounding in log space.
        double lower = Math.pow(10, lo - 1e-9), upper = Math.pow(10, hi + 1e-9);
        List<Double> ticks = List.of();
        for (int[] mantissas : new int[][] {{1}, {1, 2, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}}) {
            ticks = logTicks(lower, upper, mantissas);
            if (ticks.size() >= 2) {
                break;
            }
        }
        NumberFormat format = Ticks.powerOfTenFormat(ticks.isEmpty() ? lower : ticks.get(0), upper);
        return new Axis(lower, upper, true, ticks, labels(ticks, format));
    }

    /** Where the value falls: 0 at lower, 1 at upper (outside for values outside). */
    public double fraction(double value) {
        if (logarithmic) {
            return (Math.log10(value) - Math.log10(lower)) / (Math.log10(upper) - Math.log10(lower));
        }
        return (value - lower) / (upper - lower);
    }

    private static List<Double> logTicks(double lower, double upper, int[] mantissas) {
        List<Double> ticks = new ArrayList<>();
        for (int e = (int) Math.floor(Math.log10(lower)); e <= (int) Math.ceil(Math.log10(upper)); e++) {
            for (int m : mantissas) {
                // m·10^e from its decimal text: 3·10^-1 is 0.3, not 0.30000000000000004.
                double value = Double.parseDouble(m + "e" + e);
                if (value >= lower && value <= upper) {
                    ticks.add(value);
                }
            }
        }
        return ticks;
    }

    private static List<String> labels(List<Double> values, NumberFormat format) {
        List<String> labels = new ArrayList<>(values.size());
        for (double v : values) {
            labels.add(format.format(v));
        }
        return labels;
    }
}
