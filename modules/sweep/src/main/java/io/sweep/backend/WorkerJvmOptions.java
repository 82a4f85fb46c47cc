package io.sweep.backend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * JVM options for worker JVMs, chosen by measurement (see README, "Start-up of a worker"): a
 * short-lived compute process wants a small, fixed heap sized from the workload's need and a
 * serial collector (the least memory and start-up cost). {@code SWEEP_WORKER_JAVA_OPTS} adds
 * options after these, for experiments.
 */
public final class WorkerJvmOptions {
    private static final long MB = 1 << 20;
    /** Heap beyond the workload's estimate: the JDK's own objects, I/O buffers, result records. */
    private static final long SLACK = 32 * MB;

    private WorkerJvmOptions() {
    }

    public static List<String> forHeap(long workloadBytes, String extra) {
        List<String> options = new ArrayList<>(List.of("-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-Djava.awt.headless=true"));
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
