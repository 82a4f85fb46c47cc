package io.sweep.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The values of {@code --alphas}: a comma-separated list whose items are numbers or ranges,
 * {@code START:STOP:COUNT} (evenly spaced, like numpy's linspace) and {@code log:START:STOP:COUNT}
 * (evenly spaced exponents, like numpy's geomspace). Both ends of a range are exactly the numbers
 * typed, so {@code log:0.1:100:4} gives 0.1, 1.0, 10.0, 100 with 100 and not 99.99999999999997.
 */
public final class AlphaList {
    private static final String ACCEPTED =
            "use numbers and ranges START:STOP:COUNT or log:START:STOP:COUNT separated by commas";

    private AlphaList() {
    }

    /** The values in the order given; duplicates are refused because each α names one task. */
    public static List<Double> parse(String text) {
        return parse(text, "--alphas");
    }

    /** The same grammar for another option ({@code --param w=...}); {@code option} names it in messages. */
    public static List<Double> parse(String text, String option) {
        if (text == null || text.isBlank()) {
            throw new BadInputException(option + " is empty: " + ACCEPTED);
        }
        List<Double> values = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            if (item.isBlank()) {
                throw new BadInputException(option + " '" + text + "' has an empty item: " + ACCEPTED);
            }
            values.addAll(item(item.strip(), option));
        }
        Set<Double> seen = new HashSet<>();
        for (double v : values) {
            if (!seen.add(v == 0.0 ? 0.0 : v)) {
                throw new BadInputException(option + " gives " + v + " more than once: list each value once");
            }
        }
        return List.copyOf(values);
    }

    private static List<Double> item(String item, String option) {
        if (!item.contains(":")) {
            return List.of(Numbers.finite(item, option + " value"));
        }
        String[] parts = item.split(":", -1);
        boolean log = parts[0].strip().equalsIgnoreCase("log");
        int offset = log ? 1 : 0;
        if (parts.length != 3 + offset) {
            throw new BadInputException(option + " range '" + item + "' is malformed: " + ACCEPTED);
        }
        String what = option + " range '" + item + "':";
        double start = Numbers.finite(parts[offset], what + " START");
        double stop = Numbers.finite(parts[offset + 1], what + " STOP");
        int count = Numbers.wholeAtLeast(parts[offset + 2], 1, what + " COUNT");
        if (log && (start <= 0 || stop <= 0)) {
            throw new BadInputException(what + " a log range needs START > 0 and STOP > 0");
        }
        return log ? logRange(start, stop, count) : linearRange(start, stop, count);
    }

    static List<Double> linearRange(double start, double stop, int count) {
        List<Double> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(i == 0 ? start : i == count - 1 ? stop : start + (stop - start) * i / (count - 1.0));
        }
        return values;
    }

    static List<Double> logRange(double start, double stop, int count) {
        List<Double> values = new ArrayList<>(count);
        double a = Math.log10(start);
        double b = Math.log10(stop);
        for (int i = 0; i < count; i++) {
            values.add(i == 0 ? start : i == count - 1 ? stop : Math.pow(10, a + (b - a) * i / (count - 1.0)));
        }
        return values;
    }
}
