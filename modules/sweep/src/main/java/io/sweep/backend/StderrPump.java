package io.sweep.backend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Copies a worker JVM's own stderr (tasks' output goes to their logs; this is the JVM's: an
 * unusable option, an OutOfMemoryError outside a task, a crash report) to {@code workers.log},
 * each line prefixed with the pid. The file is opened only when there is something to say, and
 * never created before the output directory exists, since a child may start before the sweep's
 * checks have passed.
 */
final class StderrPump implements Runnable {
    private static final int KEPT_LINES = 3;

    private final Process process;
    private final Path log;
    private final java.util.List<String> first = new java.util.ArrayList<>();

    StderrPump(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    @Override
    public void run() {
        PrintStream out = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (out == null) {
                    out = open();
                }
                out.println("[worker " + process.pid() + "] " + line);
                synchronized (first) {
                    if (first.size() < KEPT_LINES && !line.isBlank()) {
                        first.add(line.strip());
                    }
                }
            }
        } catch (IOException e) {
            // The child is gone; what it wrote so far is in the log.
        } finally {
            if (out != null && out != System.err) {
                out.close();
            }
        }
    }

    /** The first non-blank lines the JVM wrote, joined; empty when it wrote none. */
    java.util.Optional<String> firstLines() {
        synchronized (first) {
            return first.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(" / ", first));
        }
    }

    private PrintStream open() {
        if (Files.isDirectory(log.getParent())) {
            try {
                return new PrintStream(Files.newOutputStream(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                        true, StandardCharsets.UTF_8);
            } catch (IOException e) {
                // Fall through to the parent's stderr: the message must not be lost.
            }
        }
        return System.err;
    }
}
