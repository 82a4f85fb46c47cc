package io.sweep.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them: {@code 90s}, {@code 5m}, {@code 1h30m}, {@code 1.5h},
 * {@code 250ms}; units h, m, s, ms, each at most once, largest first.
 */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");
    private static final String ACCEPTED = "use e.g. 90s, 5m, 1h30m or 250ms";
    private static final String ORDER = "hmsx"; // x stands for ms

    private Durations() {
    }

    /** A positive duration; {@code what} names the option in the message. */
    public static Duration parse(String text, String what) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        Matcher m = PART.matcher(t);
        int at = 0;
        int lastUnit = -1;
        double millis = 0;
        while (at < t.length() && m.find(at) && m.start() == at) {
            String unit = m.group(2);
            int rank = ORDER.indexOf(unit.equals("ms") ? 'x' : unit.charAt(0));
            if (rank <= lastUnit) {
                throw new BadInputException(what + " '" + text + "' repeats or misorders units: " + ACCEPTED);
            }
            lastUnit = rank;
            millis += Double.parseDouble(m.group(1)) * new double[] {3_600_000, 60_000, 1000, 1}[rank];
            at = m.end();
        }
        if (t.isEmpty() || at != t.length()) {
            throw new BadInputException(what + " '" + text + "' is not a duration: " + ACCEPTED);
        }
        if (millis < 1 || millis > 365.0 * 86_400_000) {
            throw new BadInputException(what + " '" + text + "' is out of range: use 1ms to 365 days");
        }
        return Duration.ofMillis(Math.round(millis));
    }
}
