package io.sweep.engine;

/**
 * How an attempt ended without a result, as its transport saw it: facts, not verdicts.
 * {@link #failureClass()} is the one place that turns these facts into a {@link FailureClass}.
 *
 * @param fact        what the transport saw
 * @param reason      one line for people: "exception: ...", "killed by signal 9", "timed out after 90s"
 * @param pid         the process that ran it (0 where unknown)
 * @param exitCode    the worker's exit code, when it exited by itself; null otherwise
 * @param signal      the signal that ended the worker, when one did; null otherwise
 * @param wallSeconds how long the attempt ran
 * @param reported    the class the worker (from its exception) or the scheduler (from a job state)
 *                    gave; null when neither said
 */
public record Failure(Fact fact, String reason, long pid, Integer exitCode, Integer signal, double wallSeconds,
                      FailureClass reported) {

    /** What a transport can see of an attempt that ended without a result. */
    public enum Fact {
        /** The task threw; the worker said so (and how, in {@code reported}). */
        THREW,
        /** The worker process ended (exit code or signal) without a result record. */
        ENDED,
        /** It overran its timeout and was killed. */
        TIMED_OUT,
        /** The worker ended before it was ready: JVM options, java missing, no memory. */
        COULD_NOT_START,
        /** The scheduler refused the job or could not be asked. */
        SUBMIT_FAILED,
        /** The scheduler says the job ended, in the state in {@code reported}, and no record appeared. */
        SCHEDULER_ENDED,
        /** The scheduler stopped answering; no record appeared. */
        SCHEDULER_LOST
    }

    public static Failure threw(FailureClass reported, String reason, long pid, double wallSeconds) {
        return new Failure(Fact.THREW, reason, pid, null, null, wallSeconds, reported);
    }

    public static Failure of(Fact fact, String reason) {
        return new Failure(fact, reason, 0, null, null, 0, null);
    }

    /** The same facts with another reason (a transport adding what it knows, such as a log). */
    public Failure withReason(String newReason) {
        return new Failure(fact, newReason, pid, exitCode, signal, wallSeconds, reported);
    }

    /** The failure class these facts mean. */
    public FailureClass failureClass() {
        return switch (fact) {
            case THREW -> reported == null ? FailureClass.CRASHED : reported;
            case ENDED -> signal != null ? FailureClass.KILLED
                    : exitCode != null && FailureClass.ofWorkerExitCode(exitCode) != null
                    ? FailureClass.ofWorkerExitCode(exitCode) : FailureClass.CRASHED;
            case TIMED_OUT -> FailureClass.TIMEOUT;
            case COULD_NOT_START -> FailureClass.COULD_NOT_START;
            case SUBMIT_FAILED -> FailureClass.SUBMIT_FAILED;
            case SCHEDULER_ENDED -> exitCode != null && FailureClass.ofWorkerExitCode(exitCode) != null
                    ? FailureClass.ofWorkerExitCode(exitCode) : reported == null ? FailureClass.CRASHED : reported;
            case SCHEDULER_LOST -> FailureClass.LOST;
        };
    }
}
