package io.sweep.engine;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A live bar on one terminal line: done/running/failed counts and the time left, redrawn on
 * every change and twice a second for the clock. Failures and retries are printed above it.
 * Closing clears the bar, so what is printed next starts on a clean line, and nothing draws it
 * again.
 */
final class TerminalProgress implements Progress {
    private static final int WIDTH = 30;
    private static final String CLEAR_LINE = "\r\u001b[K";

    private final PrintStream out;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sweep-progress");
        thread.setDaemon(true);
        return thread;
    });
    private Ledger.Counts last = new Ledger.Counts(0, 0, 0, 0, 0);
    private boolean closed;

    TerminalProgress(PrintStream out) {
        this.out = out;
        ticker.scheduleAtFixedRate(() -> draw(null), 500, 500, TimeUnit.MILLISECONDS);
    }

    @Override
    public void event(Ledger.Event e) {
        boolean noted = e.kind() == Ledger.Kind.FAILED || e.kind() == Ledger.Kind.RETRYING;
        synchronized (this) {
            last = e.counts();
        }
        draw(noted ? PlainProgress.describe(e) : null);
    }

    private synchronized void draw(String note) {
        Ledger.Counts c = last;
        if (closed || c.total() == 0) {
            return;
        }
        int ended = c.ended();
        int filled = WIDTH * ended / c.total();
        double elapsed = (System.nanoTime() - start) / 1e9;
        int ranHere = ended - c.kept();
        String eta = ranHere <= 0 ? "--" : formatSeconds(elapsed / ranHere * (c.total() - ended));
        String bar = String.format(Locale.ROOT, "\r[%s%s] %d/%d done, %d running, %d failed, ETA %s\u001b[K",
                "#".repeat(filled), ".".repeat(WIDTH - filled), c.done(), c.total(), c.running(), c.failed(), eta);
        if (note != null) {
            out.print(CLEAR_LINE + note + "\n");
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
            if (!closed && last.total() > 0) {
                out.print(CLEAR_LINE);
                out.flush();
            }
            closed = true;
        }
    }
}
