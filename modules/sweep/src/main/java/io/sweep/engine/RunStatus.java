package io.sweep.engine;

import java.util.Locale;

/**
 * Where a whole run is, as manifest.json's {@code status} says: running until it ends, then done
 * (every task finished), failed (some task, or a summary file, did not) or interrupted (stopped;
 * a rerun resumes it).
 */
public enum RunStatus {
    RUNNING, DONE, FAILED, INTERRUPTED;

    /** The name in manifest.json: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
