package io.sweep.engine;

/**
 * What a {@link Backend} tells the engine about each attempt: facts only. The engine (the
 * {@link Ledger}) decides what they mean. Implementations must be thread-safe: backends call
 * from their own threads.
 */
public interface AttemptListener {

    /**
     * An attempt began.
     *
     * @param worker who runs it, for people: "pid 1234", "thread sweep-slot-0", "slurm 5678_3"
     * @param pid    its process (this JVM's in threads and sequential mode; 0 where unknown)
     */
    void started(Task task, int attempt, String worker, long pid);

    /** An attempt succeeded: its result record was in place and read. */
    void finished(Task task, int attempt, TaskResult result, double wallSeconds);

    /**
     * An attempt ended without a result.
     *
     * @return true when the task is to be tried again (the backend then runs it in a fresh
     *         child); false when it was given up or the sweep is ending
     */
    boolean failed(Task task, int attempt, Failure failure);
}
