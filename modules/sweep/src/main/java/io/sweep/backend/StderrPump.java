package io.sweep.backend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Copies a worker JVM's own stderr (tasks' output goes to their logs; this is the JVM's: an
 * unusable option, an OutOfMemoryError outside a task, a crash report) to {@link WorkersLog},
 * each line prefixed with the pid, and keeps its first lines for a message when the JVM could
 * not start.
 */
final class StderrPump implements Runnable {
    private static final int KEPT_LINES = 3;

    private final Process process;
    private final WorkersLog log;
    private final List<String> first = new ArrayList<>();

    StderrPump(Process process, WorkersLog log) {
        this.process = process;
        this.log = log;
    }

    @Override
    public void run() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                log.line("[worker " + process.pid() + "] " + line);
                synchronized (first) {
                    if (first.size() < KEPT_LINES && !line.isBlank()) {
                        first.add(line.strip());
                    }
                }
            }
        } catch (IOException e) {
            // The child is gone; what it wrote so far is in the log.
        }
    }

    /** The first non-blank lines the JVM wrote, joined; empty when it wrote none. */
    Optional<String> firstLines() {
        synchronized (first) {
            return first.isEmpty() ? Optional.empty() : Optional.of(String.join(" / ", first));
        }
    }
}
