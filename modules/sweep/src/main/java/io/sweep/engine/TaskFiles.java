package io.sweep.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The files of one task, {@code tasks/<key>/...} under the sweep's output directory: the one
 * place that names them. Relative names (with '/') are what manifest.json and messages show.
 *
 * @param outDir the sweep's output directory
 * @param key    the task's key
 */
public record TaskFiles(Path outDir, String key) {
    public static final String TASKS = "tasks";
    public static final String LOG = "task.log";
    public static final String RECORD = "result.json";

    public static TaskFiles of(Path outDir, Task task) {
        return new TaskFiles(outDir, task.key());
    }

    public Path dir() {
        return outDir.resolve(TASKS).resolve(key);
    }

    /** A file of this task, by its name inside the task directory. */
    public Path file(String name) {
        return dir().resolve(name);
    }

    /** The task's own output, appended over attempts. */
    public Path log() {
        return file(LOG);
    }

    /** The result record whose rename into place makes the task done. */
    public Path record() {
        return file(RECORD);
    }

    /**
     * Adds the parent's own word to the task's log (where the worker could not write one: a JVM
     * that never started, a thread's stack trace); a log that cannot be written loses only that,
     * the reason is still in the manifest and on stderr.
     */
    public void appendToLog(String text) {
        try {
            Files.createDirectories(dir());
            Files.writeString(log(), text.endsWith("\n") ? text : text + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // See above: nothing else is lost.
        }
    }

    /** {@code tasks/<key>/<name>}, as manifests and messages show it. */
    public String relative(String name) {
        return TASKS + "/" + key + "/" + name;
    }

    public String relativeLog() {
        return relative(LOG);
    }
}
