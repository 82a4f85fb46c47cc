package io.sweep.worker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The stdin side of a pipe-mode worker. A watcher thread reads task lines into an inbox; at the
 * end of stdin (the parent closed it, or died, even by SIGKILL) it ends the JVM at once if a task
 * is running, since nobody waits for that task any more. An idle worker instead leaves through
 * {@link #nextTask()} returning null and a normal exit, which lets a class-data archive be
 * written.
 */
final class PipeWorker {
    private static final String END = "\u0000end";

    private final LinkedBlockingQueue<String> inbox = new LinkedBlockingQueue<>();
    // Dekker-style hand-off: the watcher sets parentGone then reads busy; the main thread sets
    // busy then reads parentGone. At least one of them sees the other's write.
    private volatile boolean parentGone;
    private volatile boolean busy;

    /** The next task line, or null when the parent is gone. Marks the worker busy. */
    String nextTask() throws InterruptedException {
        String line = inbox.take();
        if (line == END) {
            return null;
        }
        busy = true;
        return parentGone ? null : line;
    }

    void idle() {
        busy = false;
    }

    void watchStdin() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    inbox.add(line);
                }
            }
        } catch (IOException e) {
            // A broken stdin means the parent is gone, like its end.
        }
        parentGone = true;
        if (busy) {
            Runtime.getRuntime().halt(0);
        }
        inbox.add(END);
    }
}
