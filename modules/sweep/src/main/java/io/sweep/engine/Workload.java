package io.sweep.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The parent side of a workload: plans the tasks, keeps the files that summarise the sweep up to
 * date as results arrive, and reduces them at the end. Only the parent calls these methods, so
 * summary files (sweep.pvd, norms.csv, plots) are never written by two processes.
 */
public interface Workload {

    /** The name used on the command line ({@code --workload NAME}) and in each task. */
    String name();

    /** The tasks of this sweep, in order. */
    List<Task> plan();

    /**
     * Called in the parent after each finished task with every result so far, in plan order:
     * rewrite the summary files that should already be usable for a partial sweep.
     */
    default void progress(List<TaskResult> doneSoFar, Path outDir) throws IOException {
    }

    /** Called once when every task is done or has failed for good: final files and summary. */
    Summary finish(List<TaskResult> done, Path outDir) throws IOException;
}
