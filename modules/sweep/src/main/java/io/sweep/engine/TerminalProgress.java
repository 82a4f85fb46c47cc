package io.sweep.engine;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A live bar on one terminal line: done/running/failed counts and the time left, redrawn on
 * every change and twice a second for the clock. Failures and retries are printed above it.
 */
final class TerminalProgress implements Progress {
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sweep-progress");
        thread.setDaemon(true);
        return thread;
    });
    private Ledger.Counts last = new Ledger.Counts(0, 0, 0, 0, 0);

    TerminalProgress(PrintStream out) {
        this.out = out;
        ticker.scheduleAtFixedRate(() -> draw(null), 500, 500, TimeUnit.MILLISECONDS);
    }

    @Override
    public void event(Ledger.Event e) {
        Ledger.Counts counts = e.counts();
        String note = e.status().equals("done") || e.status().equals("started") ? null : String.format(Locale.ROOT, "%s %s (attempt %d): %s",
                e.key(), e.status(), e.attempt(), e.reason());
        synchronized (this) {
            last = counts;
        }
        draw(note);
    }

    private synchronized void draw(String note) {
        Ledger.Counts c = last;
        if (c.total() == 0) {
            return;
        }
        int ended = c.done() + c.failed();
        int filled = WIDTH * ended / c.total();
        double elapsed = (System.nanoTime() - start) / 1e9;
        int ranHere = ended - c.reused();
        String eta = ranHere <= 0 ? "--" : formatSeconds(elapsed / ranHere * (c.total() - ended));
        String bar = String.format(Locale.ROOT, "\r[%s%s] %d/%d done, %d running, %d failed, ETA %s\u001b[K",
                "#".repeat(filled), ".".repeat(WIDTH - filled), c.done(), c.total(), c.running(), c.failed(), eta);
        if (note != null) {
            out.print("\r\u001b[K" + note + "\n");
        }
        out.print(bar);
        out.flush();
    }

    private static String formatSeconds(double s) {
        long t = Math.round(s);
        return t >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", t / 3600, t / 60 % 60)
                : t >= 60 ? String.format(Locale.ROOT, "%dm%02ds", t / 60, t % 60) : t + "s";
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        synchronized (this) {
            draw(null);
            out.println();
        }
    }
}
