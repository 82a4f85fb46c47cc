package io.sweep.backend;

import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The physical memory of this machine (or of its container or cgroup, as the JDK reports it),
 * asked for on a thread of its own as soon as a sweep knows it will start local workers, and
 * read when their heap is checked ({@link WorkerJvmOptions#forLocalWorkers}). The JDK's answer
 * goes through its management beans, whose first use costs a cold JVM 10-15 ms; asked this way
 * it overlaps the workload's set-up and the checks (on a core the start leaves idle) instead of
 * delaying the workers' start.
 */
public final class MachineMemory {
    private final FutureTask<Long> query = new FutureTask<>(MachineMemory::ask);

    private MachineMemory() {
    }

    /** Starts asking now. */
    public static MachineMemory start() {
        MachineMemory memory = new MachineMemory();
        Thread thread = new Thread(memory.query, "sweep-memory");
        thread.setDaemon(true);
        thread.start();
        return memory;
    }

    /** The answer (waiting for it if need be), 0 when unknown. */
    public long bytes() {
        try {
            return query.get();
        } catch (ExecutionException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static long ask() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }
}
