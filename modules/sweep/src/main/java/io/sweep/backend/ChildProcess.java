package io.sweep.backend;

import io.sweep.engine.Failure;
import io.sweep.worker.WorkerProtocol;
import io.sweep.worker.WorkerProtocol.Reply;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One worker JVM in pipe mode, seen from the parent: tasks go down its stdin, replies come up its
 * stdout, and the JVM's own stderr (start-up errors, crash reports), usually empty, is copied
 * to {@code workers.log} in the output directory ({@link StderrPump}, {@link WorkersLog}).
 */
final class ChildProcess {
    private final Process process;
    private final BufferedWriter stdin;
    private final BufferedReader stdout;
    private final boolean dumpsArchive;
    private int tasksRun;

    private ChildProcess(Process process, boolean dumpsArchive) {
        this.process = process;
        this.dumpsArchive = dumpsArchive;
        this.stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildProcess start(List<String> command, WorkersLog workerLog, boolean dumpsArchive) throws IOException {
        ChildProcess child = new ChildProcess(new ProcessBuilder(command).start(), dumpsArchive);
        Thread pump = new Thread(new StderrPump(child.process, workerLog), "sweep-stderr-" + child.pid());
        pump.setDaemon(true);
        pump.start();
        return child;
    }

    long pid() {
        return process.pid();
    }

    int tasksRun() {
        return tasksRun;
    }

    boolean dumpsArchive() {
        return dumpsArchive;
    }

    Process process() {
        return process;
    }

    void send(String taskLine) throws IOException {
        stdin.write(taskLine);
        stdin.newLine();
        stdin.flush();
        tasksRun++;
    }

    /** The next protocol reply, skipping stray output; null when the child's stdout ended. */
    Reply awaitReply() {
        try {
            for (String line; (line = stdout.readLine()) != null; ) {
                Reply reply = WorkerProtocol.parse(line);
                if (reply != null) {
                    return reply;
                }
            }
        } catch (IOException e) {
            // A broken pipe is a dead child, like the end of its output.
        }
        return null;
    }

    /** Tells the child there is no more work: it exits by itself. */
    void closeInput() {
        try {
            stdin.close();
        } catch (IOException e) {
            // Already gone: nothing to tell.
        }
    }

    void kill() {
        process.destroyForcibly();
    }

    /** Why the child's attempt ended without a result: its exit code or signal, once it has exited. */
    Failure death(String reason, double wallSeconds) {
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (process.isAlive()) {
            return new Failure(reason, pid(), null, null, wallSeconds);
        }
        int status = process.exitValue();
        // The JDK reports death by signal S as 128 + S.
        Integer signal = status > 128 && status < 160 ? status - 128 : null;
        Integer exitCode = signal == null ? status : null;
        String how = signal != null ? "killed by signal " + signal : "exited with code " + status;
        return new Failure(reason == null ? how : reason + " (" + how + ")", pid(), exitCode, signal, wallSeconds);
    }
}
