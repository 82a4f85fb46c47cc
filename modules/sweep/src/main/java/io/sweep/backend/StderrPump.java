package io.sweep.backend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Copies a worker JVM's own stderr (tasks' output goes to their logs; this is the JVM's: an
 * unusable option, an OutOfMemoryError outside a task, a crash report) to {@link WorkersLog},
 * each line prefixed with the pid.
 */
final class StderrPump implements Runnable {
    private final Process process;
    private final WorkersLog log;

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
            }
        } catch (IOException e) {
            // The child is gone; what it wrote so far is in the log.
        }
    }
}
