package io.sweep.engine;

/**
 * What a {@link Backend} tells the engine about each attempt. Implementations must be
 * thread-safe: backends call from their own threads.
 */
public interface AttemptListener {

    /** An attempt began, in process {@code pid} (this JVM's pid in threads and sequential mode). */
    void started(Task task, int attempt, long pid);

    /**
     * An attempt began on a named worker: "pid 1234", or "slurm 5678_3" for a Slurm array task
     * (whose pid, on a compute node, is not known yet). The timeline of report.html has a row per
     * worker. By default the name is dropped.
     */
    default void started(Task task, int attempt, long pid, String worker) {
        started(task, attempt, pid);
    }

    /** An attempt succeeded: its result record was in place and read. */
    void finished(Task task, int attempt, TaskResult result, double wallSeconds);

    /**
     * An attempt failed: the task threw, its process died or was killed, or it overran its
     * timeout.
     *
     * @return true to try it again (the backend then runs it in a fresh child)
     */
    boolean failed(Task task, int attempt, Failure failure);
}
