package io.sweep.workloads;

/**
 * Names the thread running a task, for the workloads that show who did what: the thread's name
 * and id, since a pool may give all its threads the same name.
 */
public final class WorkerThread {
    private WorkerThread() {
    }

    public static String current() {
        Thread thread = Thread.currentThread();
        return thread.getName() + "#" + thread.getId();
    }
}
