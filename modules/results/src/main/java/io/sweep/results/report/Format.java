package io.sweep.results.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How the report prints values: locale-free, short, full precision where it is the data. */
final class Format {
    private Format() {
    }

    /** A parameter or a computed value: numbers as Java prints them (full precision), lists joined. */
    static String value(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            String s = Double.toString(d);
            return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Format::value).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + "=" + value(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /** A computed value in a table: 8 significant digits for a real (the files hold all 17), others as they are. */
    static String measured(Object value) {
        return value instanceof Double d && Double.isFinite(d) && d != 0 ? String.format(Locale.ROOT, "%.8g", d)
                : value(value);
    }

    /** Seconds with three decimals, or empty when unknown. */
    static String seconds(Double seconds) {
        return seconds == null ? "" : String.format(Locale.ROOT, "%.3f", seconds);
    }

    /** A figure with one decimal, or empty when unknown. */
    static String oneDecimal(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** "1 h 02 min 03.4 s", "2 min 05.0 s" or "3.21 s". */
    static String duration(Instant from, Instant to) {
        double s = Duration.between(from, to).toMillis() / 1000.0;
        if (s < 60) {
            return String.format(Locale.ROOT, "%.2f s", s);
        }
        long whole = (long) s;
        double rest = s - whole + whole % 60;
        if (whole < 3600) {
            return String.format(Locale.ROOT, "%d min %04.1f s", whole / 60, rest);
        }
        return String.format(Locale.ROOT, "%d h %02d min %04.1f s", whole / 3600, whole % 3600 / 60, rest);
    }
}
