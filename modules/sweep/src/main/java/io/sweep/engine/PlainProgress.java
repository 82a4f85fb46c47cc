package io.sweep.engine;

import java.io.PrintStream;
import java.util.Locale;

/**
 * One line per ended task, for logs (CI, Slurm output files, pipes), numbered in completion
 * order: each task's number is given once, by the ledger, when it ends. A retry gets a line of
 * its own without a number, since the task has not ended.
 */
final class PlainProgress implements Progress {
    private final PrintStream out;

    PlainProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void event(Ledger.Event e) {
        if (e.kind() == Ledger.Kind.STARTED) {
            return;
        }
        String place = e.kind() == Ledger.Kind.RETRYING ? "[retry]" : "[" + e.number() + "/" + e.counts().total() + "]";
        synchronized (out) {
            out.println(place + " " + describe(e));
        }
    }

    /** "alpha=1.0 failed (attempt 2, 0.50s, timeout): timed out after 1s", shared with the bar's notes. */
    static String describe(Ledger.Event e) {
        String status = switch (e.kind()) {
            case DONE -> "done";
            case RETRYING -> "retrying";
            case FAILED -> "failed";
            case STARTED -> "started";
        };
        return String.format(Locale.ROOT, "%s %s (attempt %d, %.2fs%s)%s", e.key(), status, e.attempt(),
                e.wallSeconds(), e.failure() == null ? "" : ", " + e.failure().label(),
                e.reason() == null ? "" : ": " + e.reason());
    }
}
