package io.sweep.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Hands finished results to {@link Workload#progress} on one thread of its own, so summary
 * files are written by one writer at a time and the backend's threads never wait for them.
 * When results arrive faster than the files are written, only the latest set is written, and
 * after each write the next waits {@value #PAUSE_PER_WRITE} times as long as that write took:
 * the summary files (sweep.pvd lists every α so far, so each rewrite grows with the sweep) take at
 * most a quarter of one core from the workers. Before, 4000 tiny tasks kept this thread
 * rewriting sweep.pvd the whole run. The workload's {@code finish} writes everything at the end.
 */
final class OutputsUpdater {
    private static final long PAUSE_PER_WRITE = 3;
    private final Workload workload;
    private final Path outDir;
    private final AtomicReference<Supplier<List<TaskResult>>> latest = new AtomicReference<>();
    private final AtomicReference<Exception> firstError = new AtomicReference<>();
    private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "sweep-outputs");
        t.setDaemon(true);
        return t;
    });
    /** When the next write may start (System.nanoTime); written by the outputs thread only. */
    private volatile long nextWrite = System.nanoTime();

    OutputsUpdater(Workload workload, Path outDir) {
        this.workload = workload;
        this.outDir = outDir;
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** A task finished: the next write (after its pause) takes the results {@code doneSoFar} gives then. */
    void submit(Supplier<List<TaskResult>> doneSoFar) {
        if (latest.getAndSet(doneSoFar) == null) {
            thread.schedule(this::drain, Math.max(0, nextWrite - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    private void drain() {
        Supplier<List<TaskResult>> pending = latest.getAndSet(null);
        if (pending == null || firstError.get() != null) {
            return;
        }
        List<TaskResult> results = pending.get();
        long start = System.nanoTime();
        try {
            workload.progress(results, outDir);
        } catch (Exception e) {
            firstError.compareAndSet(null, e);
        }
        long end = System.nanoTime();
        nextWrite = end + PAUSE_PER_WRITE * (end - start);
    }

    /** Writes what is pending now, then waits for it; returns the first error any write had, or null. */
    Exception await() throws InterruptedException {
        thread.execute(this::drain);
        thread.shutdown(); // a write still waiting out its pause is dropped: the one just queued does it
        thread.awaitTermination(10, TimeUnit.MINUTES);
        return firstError.get();
    }

    /** Also lets the caller run its warm-up on the same background thread, before any result arrives. */
    void runFirst(Runnable task) {
        thread.execute(task);
    }
}
