package io.sweep.config;

import java.util.Locale;

/** Where tasks run ({@code --mode}): child JVMs (the default), threads of this JVM, or one by one. */
public enum ExecutionMode {
    PROCESSES, THREADS, SEQUENTIAL;

    public static ExecutionMode parse(String text) {
        for (ExecutionMode mode : values()) {
            if (mode.name().equalsIgnoreCase(text.strip())) {
                return mode;
            }
        }
        throw new BadInputException("--mode '" + text + "' is invalid: use processes, threads or sequential");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
