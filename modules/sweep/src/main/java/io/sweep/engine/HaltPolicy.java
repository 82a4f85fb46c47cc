package io.sweep.engine;

import io.sweep.config.BadInputException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --halt}, in GNU parallel's grammar: {@code never} (the default: run everything),
 * {@code now} (stop at once, running tasks killed) or {@code soon} (start nothing more, let
 * running tasks finish), each optionally {@code ,fail=N} (after N failed tasks, 1 if not given)
 * or {@code ,fail=P%} (once P% of the tasks failed).
 *
 * @param when      when to stop
 * @param failures  how many failed tasks trigger it (when not a percentage)
 * @param percent   the share of all tasks that triggers it, or 0
 */
public record HaltPolicy(When when, int failures, double percent) {

    public enum When { NEVER, NOW, SOON }

    public static final HaltPolicy NEVER = new HaltPolicy(When.NEVER, 0, 0);
    private static final Pattern GRAMMAR = Pattern.compile("(never|now|soon)(?:,fail=(\\d{1,9})(%)?)?");

    public static HaltPolicy parse(String text) {
        Matcher m = GRAMMAR.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || (m.group(1).equals("never") && m.group(2) != null)) {
            throw new BadInputException("--halt '" + text + "' is invalid: use never, now or soon, optionally "
                    + "with ,fail=N or ,fail=P% (now,fail=1; soon,fail=20%)");
        }
        When when = When.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        if (when == When.NEVER) {
            return NEVER;
        }
        int n = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        boolean isPercent = m.group(3) != null;
        if (n < 1 || (isPercent && n > 100)) {
            throw new BadInputException("--halt '" + text + "' is invalid: fail=N needs N >= 1, fail=P% 1 to 100");
        }
        return isPercent ? new HaltPolicy(when, 0, n) : new HaltPolicy(when, n, 0);
    }

    /** Whether {@code failed} failed tasks out of {@code total} trigger a halt. */
    public boolean triggered(int failed, int total) {
        if (when == When.NEVER || failed == 0) {
            return false;
        }
        return percent > 0 ? failed * 100.0 >= percent * total : failed >= failures;
    }

    /** As the user wrote it, for manifest.json. */
    public String label() {
        if (when == When.NEVER) {
            return "never";
        }
        return when.name().toLowerCase(Locale.ROOT) + ",fail=" + (percent > 0 ? (int) percent + "%" : failures);
    }
}
