package io.sweep.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * A sweep started by another sweep command ({@code sweep compare} runs each mode as one) stops
 * with it, as worker JVMs stop with their parent: the parent sets {@value #ENV}=1 and keeps a
 * pipe on the child's stdin that it never writes; when the parent exits, even by SIGKILL, the
 * pipe ends and the child stops as on SIGTERM (children killed, manifest "interrupted"), and is
 * halted if that takes more than {@value #GRACE_MS} ms (a task computing in this JVM is not
 * interruptible).
 */
public final class ParentLifeline {
    /** The environment variable that asks for it. */
    public static final String ENV = "SWEEP_WATCH_STDIN";
    static final int EXIT_CODE = 143;
    private static final long GRACE_MS = 3000;

    private ParentLifeline() {
    }

    /** Starts the watch when {@code env} asks for it. */
    public static void startIfAsked(Map<String, String> env) {
        if (!"1".equals(env.get(ENV))) {
            return;
        }
        Thread watch = new Thread(() -> {
            waitForEnd(System.in);
            Thread halt = new Thread(() -> {
                try {
                    Thread.sleep(GRACE_MS);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(EXIT_CODE);
            }, "sweep-parent-gone-halt");
            halt.setDaemon(true);
            halt.start();
            System.exit(EXIT_CODE);
        }, "sweep-parent-lifeline");
        watch.setDaemon(true);
        watch.start();
    }

    private static void waitForEnd(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // The parent writes nothing; anything read is ignored.
            }
        } catch (IOException e) {
            // A broken pipe is an ended one.
        }
    }
}
