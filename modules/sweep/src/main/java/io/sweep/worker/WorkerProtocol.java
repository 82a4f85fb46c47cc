package io.sweep.worker;

/**
 * The lines a worker sends its parent over its real stdout. Each starts with a marker, so stray
 * output (a native library writing to fd 1) is ignored rather than misread.
 *
 * <pre>
 * @sweep ready                     the JVM is up and reads tasks
 * @sweep done KEY                  the task's result record is in place
 * @sweep failed KEY CLASS REASON   the task threw (CLASS: a failure class label); the worker exits next
 * </pre>
 */
public final class WorkerProtocol {
    public static final String MARKER = "@sweep ";
    public static final String READY = "ready";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    private WorkerProtocol() {
    }

    public static String ready() {
        return MARKER + READY;
    }

    public static String done(String key) {
        return MARKER + DONE + " " + key;
    }

    public static String failed(String key, String failureClass, String reason) {
        return MARKER + FAILED + " " + key + " " + failureClass + " " + reason.replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * A parsed reply: {@code kind} is ready, done or failed; {@code failureClass} and {@code reason}
     * are empty unless it failed.
     */
    public record Reply(String kind, String key, String failureClass, String reason) {
        public boolean isDone() {
            return DONE.equals(kind);
        }

        public boolean isReady() {
            return READY.equals(kind);
        }
    }

    /** The reply on this line, or null when the line is not a protocol line. */
    public static Reply parse(String line) {
        if (line == null || !line.startsWith(MARKER)) {
            return null;
        }
        String[] parts = line.substring(MARKER.length()).split(" ", 4);
        if (parts[0].equals(READY) && parts.length == 1) {
            return new Reply(READY, "", "", "");
        }
        if (parts.length < 2 || !(DONE.equals(parts[0]) || FAILED.equals(parts[0]))) {
            return null;
        }
        return new Reply(parts[0], parts[1], parts.length > 2 ? parts[2] : "", parts.length > 3 ? parts[3] : "");
    }
}
