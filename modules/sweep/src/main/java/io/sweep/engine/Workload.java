package io.sweep.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The parent side of a workload: plans the tasks, keeps the files that summarise the sweep up to
 * date as results arrive, and reduces them at the end. Only the parent calls these methods, so
 * summary files (sweep.pvd, norms.csv, plots) are never written by two processes.
 */
public interface Workload {

    /** The name used on the command line ({@code --workload NAME}) and in each task. */
    String name();

    /** The tasks of this sweep, in order. Bad options are reported here at the latest (BadInputException). */
    List<Task> plan();

    /** The workload's resolved options, recorded in manifest.json under "parameters". */
    default Map<String, Object> parameters() {
        return Map.of();
    }

    /**
     * The options that define the problem (for poisson: mesh size and file encoding, not the α
     * list): a later sweep into the same output directory with other values is refused unless
     * --force, since its kept results would belong to another problem.
     */
    default Map<String, Object> problem() {
        return parameters();
    }

    /**
     * The files a finished task must have written, relative to its directory {@code tasks/<key>/}
     * (for poisson: u.vtu). A result record that does not list each of them is not trusted: the
     * task is run again.
     */
    default List<String> expectedFiles(Task task) {
        return List.of();
    }

    /** The fields manifest.json shows for a task besides its status (for poisson: its alpha). */
    default Map<String, Object> describe(Task task) {
        return Map.copyOf(task.params());
    }

    /** Heap a worker JVM needs for this workload's tasks, in bytes; 0 leaves the JVM's default. */
    default long workerHeapBytes() {
        return 0;
    }

    /**
     * Whether worker JVMs should also run C2, the optimising compiler. Workers run C1 alone by
     * default: it compiles sooner and takes less CPU, which wins for short tasks and for a
     * solver's one cold task per worker. A workload whose tasks spend long in one small loop that
     * C1 compiles poorly says yes (pi: 0.20 s instead of 0.32 s per worker for 1e8 points).
     */
    default boolean workersOptimise() {
        return false;
    }

    /**
     * Called once on a background thread of the parent while the first tasks run: load what
     * {@link #finish} will need (plotting classes, fonts) so that the end of the sweep is quick.
     */
    default void warmUp() {
    }

    /**
     * Called in the parent after each finished task with every result so far, in plan order:
     * rewrite the summary files that should already be usable for a partial sweep.
     */
    default void progress(List<TaskResult> doneSoFar, Path outDir) throws IOException {
    }

    /** Called once when every task is done or has failed for good: final files and summary. */
    Summary finish(List<TaskResult> done, Path outDir) throws IOException;

    /**
     * The same, told also of the tasks that did not finish (their failure class or status), for
     * tables that list every task (norms.csv). By default they are left out.
     */
    default Summary finish(List<TaskResult> done, List<Unfinished> unfinished, Path outDir) throws IOException {
        return finish(done, outDir);
    }
}
