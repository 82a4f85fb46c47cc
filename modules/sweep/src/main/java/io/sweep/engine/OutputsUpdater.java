package io.sweep.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands finished results to {@link Workload#progress} on one thread of its own, so summary
 * files are written by one writer at a time and the backend's threads never wait for them.
 * When results arrive faster than the files are written, only the latest set is written.
 */
final class OutputsUpdater {
    private final Workload workload;
    private final Path outDir;
    private final AtomicReference<List<TaskResult>> latest = new AtomicReference<>();
    private final AtomicReference<Exception> firstError = new AtomicReference<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sweep-outputs");
        t.setDaemon(true);
        return t;
    });

    OutputsUpdater(Workload workload, Path outDir) {
        this.workload = workload;
        this.outDir = outDir;
    }

    void submit(List<TaskResult> doneSoFar) {
        if (latest.getAndSet(doneSoFar) == null) {
            thread.execute(this::drain);
        }
    }

    private void drain() {
        List<TaskResult> results = latest.getAndSet(null);
        if (results == null || firstError.get() != null) {
            return;
        }
        try {
            workload.progress(results, outDir);
        } catch (Exception e) {
            firstError.compareAndSet(null, e);
        }
    }

    /** Waits for pending writes; returns the first error any of them had, or null. */
    Exception await() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(10, TimeUnit.MINUTES);
        return firstError.get();
    }

    /** Also lets the caller run its warm-up on the same background thread, before any result arrives. */
    void runFirst(Runnable task) {
        thread.execute(task);
    }
}
