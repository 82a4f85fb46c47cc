package io.sweep.engine;

import io.sweep.results.AtomicFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs one task in this process, the same way in every transport: a fresh task directory record,
 * the runner, then the result record renamed into place (which is what makes the task done).
 */
public final class TaskExecution {
    private TaskExecution() {
    }

    /** The runner named by class, made once per process and kept in the context. */
    public static TaskRunner runner(String runnerClass, WorkerContext context) {
        return context.cached("runner:" + runnerClass, () -> instantiate(runnerClass));
    }

    private static TaskRunner instantiate(String runnerClass) {
        try {
            return Class.forName(runnerClass).asSubclass(TaskRunner.class).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("cannot make task runner " + runnerClass + ": " + e, e);
        }
    }

    /** The log file of a task: its own stdout and stderr, appended over attempts. */
    public static Path logFile(Path outDir, String key) {
        return new TaskFiles(outDir, key).log();
    }

    /**
     * Runs the task and writes its result record. Any old record is removed first, so that a
     * redo that dies half-way does not leave a record describing files it was overwriting, and so
     * are the temporary files of an earlier attempt killed while writing. A result with a value
     * that is not a finite number fails the attempt ({@link NotFiniteException}).
     */
    public static TaskResult run(Task task, String runnerClass, WorkerContext context) throws Exception {
        Path dir = context.taskDir(task);
        Files.createDirectories(dir);
        Files.deleteIfExists(ResultRecords.path(context.outDir(), task.key()));
        AtomicFiles.removeTemporaries(dir);
        TaskRunner runner = runner(runnerClass, context);
        Trace.mark(task.key() + ": task directory made, runner ready");
        long start = System.nanoTime();
        TaskResult raw = runner.run(task, context);
        double seconds = (System.nanoTime() - start) / 1e9;
        TaskResult result = new TaskResult(task.key(), raw.values(), raw.files(), seconds, context.pid(),
                peakRssBytes());
        NotFiniteException.check(result);
        ResultRecords.write(context.outDir(), task, result);
        Trace.mark(task.key() + ": result record written");
        return result;
    }

    /** This process's peak resident set so far, from /proc/self/status (VmHWM); 0 elsewhere. */
    static long peakRssBytes() {
        try {
            return vmHwmBytes(Files.readString(Path.of("/proc/self/status"), StandardCharsets.ISO_8859_1));
        } catch (java.io.IOException | RuntimeException e) {
            return 0; // Not Linux, or no procfs: the figure is optional.
        }
    }

    /**
     * The VmHWM line of a /proc/PID/status text ("VmHWM:    80352 kB") in bytes; 0 without one.
     * Read by hand: a worker calls this after every task, and a regular expression per call cost
     * it about 0.7 ms each time in a C1-only JVM.
     */
    static long vmHwmBytes(String status) {
        int at = status.indexOf("VmHWM:");
        if (at < 0) {
            return 0;
        }
        long kilobytes = 0;
        for (int i = at + "VmHWM:".length(); i < status.length() && status.charAt(i) != '\n'; i++) {
            char c = status.charAt(i);
            if (c >= '0' && c <= '9') {
                kilobytes = kilobytes * 10 + (c - '0');
            }
        }
        return kilobytes * 1024;
    }

    /** One line for a failure: the exception's class and message, without its stack. */
    public static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + message;
    }
}
