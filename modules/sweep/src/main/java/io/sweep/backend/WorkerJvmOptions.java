package io.sweep.backend;

import io.sweep.engine.Workload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * JVM options for worker JVMs, chosen by measurement (README, "Measured figures"): a
 * short-lived compute process wants a small, fixed heap sized from the workload's need, a serial
 * collector, and C1 only unless the workload asks for C2 ({@link Workload#workersOptimise}): the
 * least memory and start-up cost. {@code SWEEP_WORKER_JAVA_OPTS} adds options after these, for
 * experiments.
 */
public final class WorkerJvmOptions {
    private static final long MB = 1 << 20;
    /** Heap beyond the workload's estimate: the JDK's own objects, I/O buffers, result records. */
    private static final long SLACK = 32 * MB;

    private WorkerJvmOptions() {
    }

    /** Options for the workers of {@code workload}; {@code extra} (may be null) comes last. */
    public static List<String> forWorkload(Workload workload, String extra) {
        return of(workload.workerHeapBytes(), workload.workersOptimise(), extra);
    }

    static List<String> of(long workloadBytes, boolean optimise, String extra) {
        List<String> options = new ArrayList<>(List.of("-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-Djava.awt.headless=true"));
        if (!optimise) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        if (workloadBytes > 0) {
            long heapMb = Math.max(64, (workloadBytes + SLACK + MB - 1) / MB);
            options.add("-Xmx" + heapMb + "m");
        }
        if (extra != null && !extra.isBlank()) {
            options.addAll(Arrays.asList(extra.strip().split("\\s+")));
        }
        return options;
    }
}
