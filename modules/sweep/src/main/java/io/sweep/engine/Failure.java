package io.sweep.engine;

/**
 * Why an attempt failed.
 *
 * @param reason      one line for people: "exception: ...", "killed by signal 9", "timed out after 90s"
 * @param pid         the process that ran it
 * @param exitCode    the child's exit code, when it exited by itself; null otherwise
 * @param signal      the signal that ended the child, when one did; null otherwise
 * @param wallSeconds how long the attempt ran
 */
public record Failure(String reason, long pid, Integer exitCode, Integer signal, double wallSeconds) {
}
