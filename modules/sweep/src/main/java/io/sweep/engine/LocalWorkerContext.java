package io.sweep.engine;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The {@link WorkerContext} of one process: a child JVM, a Slurm array task, or the parent itself
 * in threads and sequential mode (then shared by its threads).
 */
public final class LocalWorkerContext implements WorkerContext {
    private final Path outDir;
    private final ConcurrentHashMap<String, Object> cache = new ConcurrentHashMap<>();

    public LocalWorkerContext(Path outDir) {
        this.outDir = outDir.toAbsolutePath();
    }

    @Override
    public Path outDir() {
        return outDir;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T cached(String key, Supplier<T> make) {
        // computeIfAbsent: concurrent callers with one key wait for the one value being made.
        return (T) cache.computeIfAbsent(key, k -> make.get());
    }
}
