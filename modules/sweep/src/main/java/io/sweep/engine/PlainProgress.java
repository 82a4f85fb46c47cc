package io.sweep.engine;

import java.io.PrintStream;
import java.util.Locale;

/** One line per ended task, for logs: CI, Slurm output files, pipes. */
final class PlainProgress implements Progress {
    private final PrintStream out;

    PlainProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void event(Ledger.Event e) {
        if (e.status().equals("started")) {
            return;
        }
        Ledger.Counts c = e.counts();
        String line = String.format(Locale.ROOT, "[%d/%d] %s %s (attempt %d, %.2fs)%s", c.done() + c.failed(),
                c.total(), e.key(), e.status(), e.attempt(), e.wallSeconds(), e.reason() == null ? "" : ": " + e.reason());
        synchronized (out) {
            out.println(line);
        }
    }
}
