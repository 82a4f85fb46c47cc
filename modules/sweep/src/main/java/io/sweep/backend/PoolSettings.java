package io.sweep.backend;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What every local backend needs to know.
 *
 * @param outDir           the sweep's output directory
 * @param parallelism      at most this many tasks at once
 * @param timeout          per attempt; empty: none
 * @param maxTasksPerChild a child JVM exits after this many tasks; 0: no limit
 * @param runnerClass      the workload's {@link io.sweep.engine.TaskRunner} class name
 */
public record PoolSettings(Path outDir, int parallelism, Optional<Duration> timeout, int maxTasksPerChild,
                           String runnerClass) {
}
