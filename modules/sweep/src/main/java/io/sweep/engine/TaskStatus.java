package io.sweep.engine;

import java.util.Locale;

/**
 * Where a task is in its life: planned, then running (once per attempt), then one of done, kept
 * (done by an earlier run, its files verified), failed (given up) or interrupted (the sweep was
 * stopped while it ran). A failed attempt that will be retried puts the task back to planned.
 */
public enum TaskStatus {
    PLANNED, RUNNING, DONE, KEPT, FAILED, INTERRUPTED;

    /** The name in manifest.json: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Its result is there (run now, or kept). */
    public boolean finished() {
        return this == DONE || this == KEPT;
    }

    /** Nothing more will happen to it in this run. */
    public boolean over() {
        return this == DONE || this == KEPT || this == FAILED;
    }
}
