package io.sweep.config;

import java.util.Locale;

/**
 * Where tasks run ({@code --backend}, alias {@code --mode}): child JVMs (the default), threads of
 * this JVM, one by one in this JVM, or a Slurm job array. {@code local} is a name for processes.
 */
public enum ExecutionMode {
    PROCESSES, THREADS, SEQUENTIAL, SLURM;

    public static ExecutionMode parse(String text) {
        String name = text.strip();
        if (name.equalsIgnoreCase("local")) {
            return PROCESSES;
        }
        for (ExecutionMode mode : values()) {
            if (mode.name().equalsIgnoreCase(name)) {
                return mode;
            }
        }
        throw new BadInputException("--backend '" + text + "' is invalid: use processes, threads, sequential or slurm");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
