package io.sweep.backend;

import io.sweep.config.BadInputException;
import io.sweep.engine.Workload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * JVM options for worker JVMs, chosen by measurement (README, "Measured figures"): a
 * short-lived compute process wants a small, fixed heap sized from the workload's need, a serial
 * collector, and C1 only unless the workload asks for C2 ({@link Workload#workersOptimise}): the
 * least memory and start-up cost. With C1 only, a loop is compiled on the stack after
 * {@value #BACK_EDGES} back-edges instead of 60 000: a cold worker's first task runs its long
 * loops (mesh, set-up, load, norms, the .vtu) once each, and ran them interpreted for longer
 * than their compilation takes (the main job 3-10% faster, the width study 3-4%).
 * {@code SWEEP_WORKER_JAVA_OPTS} adds options after these, for experiments.
 *
 * <p>The serial collector keeps one survivor space out of what {@code maxMemory()} reports (a
 * thirtieth of -Xmx by default), so -Xmx is the need plus {@link #SLACK} plus 5%: a worker
 * whose own check compares its need with {@code maxMemory()} then passes. A heap of a gigabyte
 * or more gets a young generation of {@link #LARGE_YOUNG_MB} MB: a solver's vectors live as long
 * as the task, so they go straight to the old generation instead of being copied there. (Making
 * every array of a megabyte or more in the old generation, -XX:PretenureSizeThreshold, cut the GC
 * time of a task at n=2048 from 320 to 35 ms, but such arrays must then fit in the old generation
 * alone: three α at n=1500 ran out of this heap.)
 */
public final class WorkerJvmOptions {
    private static final long MB = 1 << 20;
    /** Heap beyond the workload's estimate: the JDK's own objects, I/O buffers, result records. */
    private static final long SLACK = 32 * MB;
    /** Young generation of a large heap. */
    static final long LARGE_YOUNG_MB = 128;
    /** Back-edges of a loop before C1 compiles it on the stack (the JDK's default: 60 000). */
    static final int BACK_EDGES = 6000;

    private WorkerJvmOptions() {
    }

    /** Options for the workers of {@code workload}; {@code extra} (may be null) comes last. */
    public static List<String> forWorkload(Workload workload, String extra) {
        return of(workload.workerHeapBytes(), workload.workersOptimise(), extra);
    }

    /**
     * The same for workers on this machine: a heap larger than its memory is bad input (exit 2,
     * before anything starts), unless {@code extra} sets -Xmx itself.
     */
    public static List<String> forLocalWorkers(Workload workload, String extra, MachineMemory memory) {
        checkFits(heapMegabytes(workload.workerHeapBytes()), memory.bytes(), extra);
        return forWorkload(workload, extra);
    }

    static void checkFits(long heapMb, long machineBytes, String extra) {
        boolean ownHeap = extra != null && extra.contains("-Xmx");
        if (!ownHeap && machineBytes > 0 && heapMb * MB > machineBytes) {
            throw new BadInputException("each worker needs a heap of about " + gib(heapMb * MB)
                    + " for this problem, more than this machine's " + gib(machineBytes)
                    + " of memory: use a smaller --mesh, or run it where there is more memory"
                    + " (--backend slurm --slurm-option=--mem=" + (heapMb * MB * 5 / 4 / (1L << 30) + 1) + "G)");
        }
    }

    private static String gib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }

    /** -Xmx in MB for a workload's need (0: none). */
    static long heapMegabytes(long workloadBytes) {
        if (workloadBytes <= 0) {
            return 0;
        }
        return Math.max(64, ((workloadBytes + SLACK) / 20 * 21 + MB - 1) / MB);
    }

    static List<String> of(long workloadBytes, boolean optimise, String extra) {
        List<String> options = new ArrayList<>(List.of("-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-Djava.awt.headless=true"));
        if (!optimise) {
            options.add("-XX:TieredStopAtLevel=1");
            options.add("-XX:Tier3BackEdgeThreshold=" + BACK_EDGES);
        }
        long heapMb = heapMegabytes(workloadBytes);
        if (heapMb > 0) {
            options.add("-Xmx" + heapMb + "m");
            if (heapMb >= 1024) {
                options.add("-Xmn" + LARGE_YOUNG_MB + "m");
            }
        }
        if (extra != null && !extra.isBlank()) {
            options.addAll(Arrays.asList(extra.strip().split("\\s+")));
        }
        return options;
    }
}
