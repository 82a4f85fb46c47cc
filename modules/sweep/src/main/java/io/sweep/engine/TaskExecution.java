package io.sweep.engine;

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
        return outDir.resolve("tasks").resolve(key).resolve("task.log");
    }

    /**
     * Runs the task and writes its result record. Any old record is removed first, so that a
     * redo that dies half-way does not leave a record describing files it was overwriting.
     */
    public static TaskResult run(Task task, String runnerClass, WorkerContext context) throws Exception {
        Path dir = context.taskDir(task);
        Files.createDirectories(dir);
        Files.deleteIfExists(ResultRecords.path(context.outDir(), task.key()));
        TaskRunner runner = runner(runnerClass, context);
        long start = System.nanoTime();
        TaskResult raw = runner.run(task, context);
        double seconds = (System.nanoTime() - start) / 1e9;
        TaskResult result = new TaskResult(task.key(), raw.values(), raw.files(), seconds, context.pid());
        ResultRecords.write(context.outDir(), result);
        return result;
    }

    /** One line for a failure: the exception's class and message, without its stack. */
    public static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + message;
    }
}
