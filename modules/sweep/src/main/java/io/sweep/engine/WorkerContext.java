package io.sweep.engine;

import java.nio.file.Path;
import java.util.function.Supplier;

/** What a worker process offers the tasks it runs. One context per process (or per thread pool). */
public interface WorkerContext {

    /** The sweep's output directory (on a shared filesystem under Slurm). */
    Path outDir();

    /** The directory of one task's own files: {@code outDir()/tasks/<key>}. */
    default Path taskDir(Task task) {
        return TaskFiles.of(outDir(), task).dir();
    }

    /** The process id of this worker. */
    default long pid() {
        return ProcessHandle.current().pid();
    }

    /**
     * A per-process value made once and reused by later tasks in the same worker, such as a
     * solver set up for one mesh size. Thread-safe: concurrent callers with one key share one
     * value.
     */
    <T> T cached(String key, Supplier<T> make);
}
