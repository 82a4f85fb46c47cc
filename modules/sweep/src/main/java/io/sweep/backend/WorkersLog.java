package io.sweep.backend;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code workers.log} in the output directory: the worker JVMs' own stderr. Children may start
 * before the sweep's checks of its output directory have passed (to overlap their start-up), and
 * a JVM can speak before any task ("Picked up JAVA_TOOL_OPTIONS"); so lines are held in memory
 * until {@link #open()} says the sweep runs, and a sweep refused meanwhile writes nothing. The
 * file itself is made at the first line.
 */
final class WorkersLog {
    static final String FILE_NAME = "workers.log";

    private final Path file;
    private final List<String> held = new ArrayList<>();
    private boolean opened;
    private PrintStream out;

    WorkersLog(Path outDir) {
        this.file = outDir.resolve(FILE_NAME);
    }

    synchronized void line(String line) {
        if (opened) {
            write(line);
        } else {
            held.add(line);
        }
    }

    /** The sweep has passed its checks: write what was held and every later line. */
    synchronized void open() {
        opened = true;
        held.forEach(this::write);
        held.clear();
    }

    synchronized void close() {
        if (out != null && out != System.err) {
            out.close();
        }
        out = null;
    }

    private void write(String line) {
        if (out == null) {
            try {
                out = new PrintStream(Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                        true, StandardCharsets.UTF_8);
            } catch (IOException e) {
                out = System.err; // The message must not be lost.
            }
        }
        out.println(line);
    }
}
