package io.sweep.engine;

import java.util.List;

/**
 * Runs a sweep's tasks: at most its parallelism at once, each attempt reported to an
 * {@link AttemptListener}, a failed attempt retried (in a fresh child where there are children)
 * when the listener says so. Implementations: one by one in this thread, a thread pool, a pool of
 * child JVMs, a Slurm job array. Every transport ends a successful attempt the same way: the
 * worker renames {@code tasks/<key>/result.json} into place, and the backend reads it with
 * {@link ResultRecords#read}.
 */
public interface Backend extends AutoCloseable {

    /** A short name for the manifest and messages: sequential, threads, processes, slurm. */
    String name();

    /**
     * Runs every task to an end (done, or failed and not to be retried) and returns then, or soon
     * after {@link #cancel()}. Listener calls may come from several threads at once.
     */
    void run(List<Task> tasks, AttemptListener listener) throws InterruptedException;

    /**
     * Stops the run from any thread: no new attempts start, running ones are stopped (children
     * killed, an array cancelled), and {@link #run} returns. Idempotent.
     */
    void cancel();

    /**
     * Starts no new attempt (retries included) but lets running ones end and be reported;
     * {@link #run} returns once they have. Idempotent. Without a gentler way, it cancels.
     */
    default void stopStarting() {
        cancel();
    }

    /** Releases what the backend holds after (or instead of) a run: idle children, threads. */
    @Override
    default void close() {
    }
}
