package io.sweep.engine;

import java.util.Locale;

/** How one attempt at a task ended: its result recorded, failed (perhaps to be retried), or cut short by a stop. */
public enum AttemptOutcome {
    DONE, FAILED, INTERRUPTED;

    /** The name in manifest.json's {@code attempt_log}: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
