package io.sweep.worker;

import io.sweep.engine.FailureClass;
import io.sweep.engine.LocalWorkerContext;
import io.sweep.engine.TaskExecution;
import io.sweep.engine.TaskLines;
import io.sweep.engine.TaskLines.RunnableTask;
import io.sweep.engine.Trace;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The worker JVM's entry point, kept lean: no command-line parser, no plotting, nothing of the parent side.
 *
 * <p>Pipe mode, for the local process pool: {@code WorkerMain --out DIR}. Reads one task per line
 * (JSON, see {@link TaskLines}) from stdin, runs it with its stdout and stderr in the task's log,
 * and answers on the real stdout with {@link WorkerProtocol} lines. End of stdin means the parent
 * closed it or is gone: a watcher thread exits the JVM at once, even in the middle of a task.
 *
 * <p>File mode, for Slurm array tasks: {@code WorkerMain --out DIR --tasks FILE --index I} runs
 * line I (from 0) of a JSONL task file; exit 0 when its result record is in place, 1 otherwise.
 */
public final class WorkerMain {
    private WorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        Trace.mark("worker main");
        Trace.command("worker");
        Path out = null;
        Path tasks = null;
        int index = -1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[i + 1]);
                case "--tasks" -> tasks = Path.of(args[i + 1]);
                case "--index" -> index = Integer.parseInt(args[i + 1]);
                default -> usage();
            }
        }
        if (out == null || args.length % 2 != 0 || (tasks == null) != (index < 0)) {
            usage();
        }
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        LocalWorkerContext context = new LocalWorkerContext(out);
        if (tasks != null) {
            List<String> lines = Files.readAllLines(tasks, StandardCharsets.UTF_8);
            if (index >= lines.size()) {
                System.err.println("sweep worker: --index " + index + " is past the " + lines.size() + " tasks of " + tasks);
                System.exit(2);
            }
            Failed failed = runOne(TaskLines.decode(lines.get(index)), context);
            if (failed != null) {
                System.err.println("sweep worker: " + failed.failureClass().label() + ": " + failed.reason());
            }
            Trace.threads("worker");
            System.exit(failed == null ? 0 : failed.failureClass().workerExitCode());
        }
        pipeMode(context, protocol);
    }

    private static void pipeMode(LocalWorkerContext context, PrintStream protocol) throws Exception {
        PipeWorker worker = new PipeWorker();
        Thread watcher = new Thread(worker::watchStdin, "stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
        protocol.println(WorkerProtocol.ready());
        while (true) {
            String line = worker.nextTask();
            if (line == null) {
                Trace.threads("worker");
                System.exit(0);
            }
            RunnableTask task = TaskLines.decode(line);
            Failed failed = runOne(task, context);
            worker.idle();
            if (failed == null) {
                protocol.println(WorkerProtocol.done(task.task().key()));
            } else {
                protocol.println(WorkerProtocol.failed(task.task().key(), failed.failureClass().label(),
                        failed.reason()));
                // A failed task leaves this JVM in an unknown state: its retry gets a fresh one.
                System.exit(failed.failureClass().workerExitCode());
            }
        }
    }

    /** How a task failed: its class (from the exception) and the reason in one line. */
    private record Failed(FailureClass failureClass, String reason) {
    }

    /** Runs one task with its output in its log; null on success. */
    private static Failed runOne(RunnableTask runnable, LocalWorkerContext context) throws IOException {
        Path log = TaskExecution.logFile(context.outDir(), runnable.task().key());
        Files.createDirectories(log.getParent());
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        try (PrintStream taskLog = new PrintStream(new TaskLog(log, "--- " + runnable.task().key()
                + " in worker pid " + context.pid()), true, StandardCharsets.UTF_8)) {
            System.setOut(taskLog);
            System.setErr(taskLog);
            try {
                TaskExecution.run(runnable.task(), runnable.runnerClass(), context);
                return null;
            } catch (Exception | Error e) {
                e.printStackTrace(taskLog);
                return new Failed(FailureClass.ofThrowable(e), TaskExecution.describe(e));
            } finally {
                System.setOut(stdout);
                System.setErr(stderr);
            }
        }
    }

    private static void usage() {
        System.err.println("usage: WorkerMain --out DIR [--tasks FILE --index I]");
        System.exit(2);
    }
}
