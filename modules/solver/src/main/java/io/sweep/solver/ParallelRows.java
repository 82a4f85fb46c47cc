package io.sweep.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads of one solver, and the only way its loops use them: a range of rows (or vector
 * entries) cut into one contiguous piece per thread, and sums over fixed blocks of
 * {@value #SUM_BLOCK} entries added in block order. Every loop run here writes each entry from
 * values that do not depend on how the range was cut, and every sum has the same blocks whatever
 * the thread count: results are bit-identical for 1, 2 or any number of threads.
 *
 * <p>Threads are daemons that end after a second without work, so a solver needs no closing.
 */
public final class ParallelRows {

    /** Entries per partial sum. */
    static final int SUM_BLOCK = 4096;

    /** Below this much work (entries touched) a loop runs on the calling thread alone. */
    static final long PARALLEL_WORK = 1 << 15;

    /** A piece [from, to) of a range. */
    @FunctionalInterface
    public interface Range {
        void run(int from, int to);
    }

    /** The sum of a function over a piece [from, to) of a range, summed in index order. */
    @FunctionalInterface
    public interface RangeSum {
        double sum(int from, int to);
    }

    private final int threads;
    private final ThreadPoolExecutor pool;

    /** One thread runs everything on the caller. */
    public ParallelRows(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " is invalid: use a whole number >= 1");
        }
        this.threads = threads;
        if (threads == 1) {
            pool = null;
        } else {
            pool = new ThreadPoolExecutor(threads - 1, threads - 1, 1, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> {
                        Thread t = new Thread(r, "solver-rows");
                        t.setDaemon(true);
                        return t;
                    });
            pool.allowCoreThreadTimeOut(true);
        }
    }

    public int threads() {
        return threads;
    }

    /** Runs body over [0, n) in one piece per thread; work is how many entries the loop touches. */
    public void run(int n, long work, Range body) {
        if (pool == null || work < PARALLEL_WORK || n < 2) {
            body.run(0, n);
            return;
        }
        int pieces = Math.min(threads, n);
        List<Future<?>> others = new ArrayList<>(pieces - 1);
        for (int p = 1; p < pieces; p++) {
            int from = cut(n, pieces, p), to = cut(n, pieces, p + 1);
            others.add(pool.submit(() -> body.run(from, to)));
        }
        body.run(0, cut(n, pieces, 1));
        for (Future<?> f : others) {
            join(f);
        }
    }

    /** Σ over [0, n) of body, as partial sums of fixed blocks added in order. */
    public double sum(int n, RangeSum body) {
        int blocks = blocks(n);
        double[] partial = new double[blocks];
        run(blocks, n, (from, to) -> {
            for (int b = from; b < to; b++) {
                partial[b] = body.sum(b * SUM_BLOCK, Math.min(n, (b + 1) * SUM_BLOCK));
            }
        });
        double s = 0.0;
        for (double v : partial) {
            s += v;
        }
        return s;
    }

    /** How many fixed blocks of {@value #SUM_BLOCK} entries cover n entries. */
    static int blocks(int n) {
        return (n + SUM_BLOCK - 1) / SUM_BLOCK;
    }

    /** u·v with fixed blocks. */
    public double dot(double[] u, double[] v) {
        return sum(u.length, (from, to) -> {
            double s = 0.0;
            for (int i = from; i < to; i++) {
                s += u[i] * v[i];
            }
            return s;
        });
    }

    private static int cut(int n, int pieces, int p) {
        return (int) ((long) n * p / pieces);
    }

    private static void join(Future<?> f) {
        try {
            f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the solver's threads ran", e);
        }
    }
}
