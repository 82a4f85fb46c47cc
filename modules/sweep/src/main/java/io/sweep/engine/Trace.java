package io.sweep.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Start-up and phase timings on stderr when {@code SWEEP_TRACE} is set, measured from the
 * process's start (as the OS recorded it), to see where a sweep's time goes. Off by default.
 */
public final class Trace {
    private static final boolean ON = System.getenv("SWEEP_TRACE") != null;
    private static final Instant START = ON ? ProcessHandle.current().info().startInstant().orElse(Instant.now()) : null;

    private Trace() {
    }

    public static void mark(String what) {
        if (ON) {
            System.err.println(String.format(Locale.ROOT, "trace %6d ms  %s",
                    Duration.between(START, Instant.now()).toMillis(), what));
        }
    }
}
