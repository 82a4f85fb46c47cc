package io.sweep.results.report;

import java.time.Instant;

/**
 * One attempt at a task, from the manifest's {@code attempt_log}.
 *
 * @param number  1 for the first attempt
 * @param worker  the process that ran it ("pid 1234", "slurm 5678_3")
 * @param started when it started
 * @param ended   when it ended; null while it runs
 * @param outcome done, failed or interrupted; "running" while it runs
 * @param failure the failure class, when it failed and one is recorded; else null
 */
record Attempt(int number, String worker, Instant started, Instant ended, String outcome, String failure) {
}
