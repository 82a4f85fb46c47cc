package io.sweep.worker;

/**
 * The lines a worker sends its parent over its real stdout. Each starts with a marker, so stray
 * output (a native library writing to fd 1) is ignored rather than misread.
 *
 * <pre>
 * @sweep done KEY            the task's result record is in place
 * @sweep failed KEY REASON   the task threw; the worker exits next
 * </pre>
 */
public final class WorkerProtocol {
    public static final String MARKER = "@sweep ";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    private WorkerProtocol() {
    }

    public static String done(String key) {
        return MARKER + DONE + " " + key;
    }

    public static String failed(String key, String reason) {
        return MARKER + FAILED + " " + key + " " + reason.replace('\n', ' ').replace('\r', ' ');
    }

    /** A parsed reply: {@code kind} is done or failed; {@code reason} is empty for done. */
    public record Reply(String kind, String key, String reason) {
        public boolean isDone() {
            return DONE.equals(kind);
        }
    }

    /** The reply on this line, or null when the line is not a protocol line. */
    public static Reply parse(String line) {
        if (line == null || !line.startsWith(MARKER)) {
            return null;
        }
        String[] parts = line.substring(MARKER.length()).split(" ", 3);
        if (parts.length < 2 || !(DONE.equals(parts[0]) || FAILED.equals(parts[0]))) {
            return null;
        }
        return new Reply(parts[0], parts[1], parts.length > 2 ? parts[2] : "");
    }
}
