package io.sweep.engine;

import java.nio.file.FileSystemException;
import java.util.Locale;

/**
 * Why a task failed, as manifest.json and norms.csv name it. Some classes no retry can change
 * (the same problem in the same memory fails the same way); could-not-start and submit-failed
 * are the infrastructure's, and twice in a row they end the sweep.
 */
public enum FailureClass {
    /** The attempt overran --timeout and was killed. */
    TIMEOUT(true),
    /** A signal ended the worker (kill -9, a node lost, a cancelled Slurm task). */
    KILLED(true),
    /** The worker's OutOfMemoryError, its memory check, or the scheduler's OOM kill. */
    OUT_OF_MEMORY(false),
    /** The worker threw, or exited with a non-zero code. */
    CRASHED(true),
    /** The linear solver stopped at its iteration limit. */
    NO_CONVERGENCE(false),
    /** The task's values are not finite numbers. */
    NOT_FINITE(false),
    /** The file system is full. */
    DISK_FULL(false),
    /** The worker JVM ended before it was ready for work. */
    COULD_NOT_START(true),
    /** The scheduler refused the job, or could not be asked. */
    SUBMIT_FAILED(true),
    /** The scheduler stopped answering and no result record appeared. */
    LOST(false);

    private final boolean retryable;

    FailureClass(boolean retryable) {
        this.retryable = retryable;
    }

    /** The name in manifest.json and norms.csv: lower case, words joined by '-'. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether another attempt may end otherwise. */
    public boolean retryable() {
        return retryable;
    }

    /** The machinery's, not the task's: twice in a row, nothing will run. */
    public boolean infrastructure() {
        return this == COULD_NOT_START || this == SUBMIT_FAILED;
    }

    /** What a task's exception means, the cause chain included: the worker's one classification. */
    public static FailureClass ofThrowable(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            String type = t.getClass().getSimpleName();
            if (t instanceof OutOfMemoryError || type.equals("InsufficientMemoryException")) {
                return OUT_OF_MEMORY;
            }
            if (type.equals("NoConvergenceException")) {
                return NO_CONVERGENCE;
            }
            if (t instanceof NotFiniteException) {
                return NOT_FINITE;
            }
            if (t instanceof FileSystemException || t instanceof java.io.IOException) {
                String message = String.valueOf(t.getMessage());
                if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
                    return DISK_FULL;
                }
            }
        }
        return CRASHED;
    }

    /**
     * The exit code a worker process ends with after a task of this class failed (64 and up,
     * clear of the JVM's own codes and of 128 + signal): how a Slurm array task, whose reply
     * nobody reads, still tells the parent what went wrong.
     */
    public int workerExitCode() {
        return 64 + ordinal();
    }

    /** The class a worker's exit code names, or null when it names none. */
    public static FailureClass ofWorkerExitCode(int code) {
        int i = code - 64;
        return i >= 0 && i < values().length ? values()[i] : null;
    }

    /** A class from its label; null for null (a record without one). */
    public static FailureClass ofLabel(String label) {
        if (label == null) {
            return null;
        }
        for (FailureClass c : values()) {
            if (c.label().equals(label)) {
                return c;
            }
        }
        return CRASHED;
    }

    /** What a Slurm job state that ended without a result means. */
    public static FailureClass ofSchedulerState(String state) {
        return switch (state) {
            case "TIMEOUT", "DEADLINE" -> TIMEOUT;
            case "OUT_OF_MEMORY" -> OUT_OF_MEMORY;
            case "CANCELLED", "NODE_FAIL", "PREEMPTED", "BOOT_FAIL", "REVOKED" -> KILLED;
            default -> CRASHED;
        };
    }
}
