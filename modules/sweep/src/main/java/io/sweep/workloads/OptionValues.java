package io.sweep.workloads;

import io.sweep.config.BadInputException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Parses the small workloads' option values (whole numbers, lists and ranges of them) and turns
 * anything else into a {@link BadInputException} that names the option, the value and what is
 * accepted. Options are declared as strings so that "abc" gets this one-line message rather than
 * a conversion error.
 */
public final class OptionValues {
    /** Digits in groups joined by single underscores, as Python and Java literals write them. */
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d+(_\\d+)*");

    private OptionValues() {
    }

    /**
     * A whole number in {@code [min, max]}; accepts {@code 100000000}, {@code 1e8} and
     * {@code 100_000_000}.
     */
    public static long wholeNumber(String option, String text, long min, long max) {
        long value = parseWhole(option, text, min, max);
        if (value < min || value > max) {
            throw new BadInputException(option + " " + shown(text) + " is invalid: "
                    + accepted(min, max));
        }
        return value;
    }

    /**
     * A seed: the whole number given, or a fresh one when the option is absent (the summary
     * reports it, so the run can be repeated).
     */
    public static long seed(String option, String text) {
        if (text == null) {
            return new SplittableRandom().nextLong() >>> 16; // short enough to copy by hand
        }
        return wholeNumber(option, text, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** A decimal number in {@code [min, max]}. */
    public static double decimal(String option, String text, double min, double max) {
        double value;
        try {
            value = Double.parseDouble(nonBlank(option, text, "a number"));
        } catch (NumberFormatException e) {
            throw new BadInputException(option + " '" + shown(text) + "' is not a number: use a number between "
                    + min + " and " + max);
        }
        if (!(value >= min && value <= max)) {
            throw new BadInputException(option + " " + shown(text) + " is out of range: use a number between "
                    + min + " and " + max);
        }
        return value;
    }

    /**
     * A comma-separated list of whole numbers and inclusive ranges, {@code 1,2,3} or
     * {@code 1..50} or {@code -2..2,10}; never empty.
     */
    public static List<Long> wholeNumberList(String option, String text, long min, long max,
                                             int maxCount) {
        String body = nonBlank(option, text, "a list like 1,2,3 or 1..50");
        List<Long> values = new ArrayList<>();
        for (String item : body.split(",", -1)) {
            int dots = item.indexOf("..");
            if (dots < 0) {
                values.add(wholeNumber(option, item, min, max));
                continue;
            }
            long first = wholeNumber(option, item.substring(0, dots), min, max);
            long last = wholeNumber(option, item.substring(dots + 2), min, max);
            if (last < first || last - first >= maxCount - values.size()) {
                throw new BadInputException(option + " range '" + shown(item) + "' is invalid: use first..last"
                        + " with first <= last and at most " + maxCount + " values in all");
            }
            for (long v = first; v <= last; v++) {
                values.add(v);
            }
        }
        if (values.size() > maxCount) {
            throw new BadInputException(option + " has " + values.size() + " values: use at most " + maxCount);
        }
        return List.copyOf(values);
    }

    private static long parseWhole(String option, String text, long min, long max) {
        String typed = nonBlank(option, text, accepted(min, max).substring(4));
        if (typed.contains("_") && !GROUPED.matcher(typed).matches()) {
            throw new BadInputException(option + " '" + shown(text) + "' is not a whole number: an underscore "
                    + "goes between two digits, as in 100_000_000; " + accepted(min, max));
        }
        String body = typed.replace("_", "");
        try {
            BigDecimal decimal = new BigDecimal(body);
            if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0) {
                throw new NumberFormatException("fractional");
            }
            return decimal.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new BadInputException(option + " '" + shown(text) + "' is not a whole number: "
                    + accepted(min, max));
        }
    }

    private static String nonBlank(String option, String text, String what) {
        if (text == null || text.isBlank()) {
            throw new BadInputException(option + " is empty: use " + what);
        }
        return text.trim();
    }

    /** The user's text as echoed in a message: trimmed, on one line, not too long. */
    public static String shown(String text) {
        String oneLine = text.trim().replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }

    private static String accepted(long min, long max) {
        if (max == Long.MAX_VALUE) {
            return "use a whole number >= " + min;
        }
        return "use a whole number from " + readable(min) + " to " + readable(max);
    }

    /** 1000000000000 as 1e12, which people read (and may type: it is accepted). */
    private static String readable(long bound) {
        String digits = Long.toString(Math.abs(bound));
        if (bound != 0 && digits.length() > 6 && digits.matches("10+")) {
            return (bound < 0 ? "-" : "") + "1e" + (digits.length() - 1);
        }
        return Long.toString(bound);
    }
}
