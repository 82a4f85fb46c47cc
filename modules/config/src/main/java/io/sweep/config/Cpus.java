package io.sweep.config;

import java.util.Map;

/**
 * How many CPUs this process may use, the default of {@code --procs}: inside a Slurm allocation
 * {@code SLURM_CPUS_PER_TASK}, otherwise what the JVM reports, which already follows
 * {@code taskset} and cgroup CPU limits.
 */
public final class Cpus {
    private Cpus() {
    }

    public static int available(Map<String, String> env, int runtimeProcessors) {
        String slurm = env.get("SLURM_CPUS_PER_TASK");
        if (slurm != null && slurm.strip().matches("\\d{1,6}") && Integer.parseInt(slurm.strip()) >= 1) {
            return Integer.parseInt(slurm.strip());
        }
        return Math.max(1, runtimeProcessors);
    }

    /** For this process: its environment and {@link Runtime#availableProcessors()}. */
    public static int available() {
        return available(System.getenv(), Runtime.getRuntime().availableProcessors());
    }
}
