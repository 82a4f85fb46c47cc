package io.sweep.results.draw;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Nice" tick values (steps of 1, 2 or 5 times a power of ten) over a range, and a locale-free
 * format that shows them with just enough digits.
 *
 * @param values the ticks inside the range, increasing
 * @param format formats them (Locale.ROOT symbols: '.' decimal point, no grouping)
 */
public record Ticks(List<Double> values, NumberFormat format) {

    /** About {@code target} ticks covering [{@code min}, {@code max}]. */
    public static Ticks over(double min, double max, int target) {
        double step = niceStep((max - min) / Math.max(1, target));
        List<Double> values = new ArrayList<>();
        for (long k = (long) Math.ceil(min / step - 1e-9); k * step <= max + 1e-9 * step; k++) {
            // k * step, not repeated addition: 0.30000000000000004 would become a tick label.
            values.add(k == 0 ? 0.0 : k * step);
        }
        return new Ticks(values, formatFor(step, Math.max(Math.abs(min), Math.abs(max))));
    }

    /** A locale-free format for numbers spaced {@code step} apart, up to {@code magnitude}. */
    public static NumberFormat formatFor(double step, double magnitude) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        if (magnitude >= 1e5 || (magnitude > 0 && magnitude < 1e-3)) {
            return new DecimalFormat("0.##E0", symbols);
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        DecimalFormat format = new DecimalFormat("0", symbols);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format;
    }

    /** Labels for powers of ten between {@code smallest} and {@code largest}: 0.1, 1, 10, 100. */
    public static NumberFormat powerOfTenFormat(double smallest, double largest) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        if (smallest < 1e-4 || largest >= 1e6) {
            return new DecimalFormat("0E0", symbols);
        }
        return new DecimalFormat("0.#####", symbols);
    }

    private static double niceStep(double rough) {
        if (!(rough > 0) || !Double.isFinite(rough)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        return nice * power;
    }
}
