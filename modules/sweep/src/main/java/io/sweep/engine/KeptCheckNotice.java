package io.sweep.engine;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * While the files of an earlier run are checked against their CRC32C (gigabytes of .vtu take
 * a while): nothing for the first second, then a line saying so, kept up to date on a terminal
 * with the seconds spent, and how long it took once done.
 */
final class KeptCheckNotice implements AutoCloseable {
    private final PrintStream err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private boolean shown;

    /** @param err where to say it; null for --quiet */
    KeptCheckNotice(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
        this.ticker = err == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "sweep-verify-notice");
            thread.setDaemon(true);
            return thread;
        });
        if (ticker != null) {
            ticker.scheduleAtFixedRate(this::tick, 1000, terminal ? 500 : 10_000, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void tick() {
        String line = String.format(java.util.Locale.ROOT, "checking the files of an earlier run... %.0fs",
                (System.nanoTime() - start) / 1e9);
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
            err.flush();
        } else {
            err.println(line);
        }
        shown = true;
    }

    @Override
    public synchronized void close() {
        if (ticker == null) {
            return;
        }
        ticker.shutdownNow();
        if (shown) {
            String done = String.format(java.util.Locale.ROOT, "checked the files of an earlier run in %.1fs",
                    (System.nanoTime() - start) / 1e9);
            err.println(terminal ? "\r" + done + "\u001b[K" : done);
        }
    }
}
