package io.sweep.engine;

/**
 * A task that did not finish, as the summary tables show it.
 *
 * @param task    the task
 * @param outcome its failure class when it failed (timeout, no-convergence, ...), else its status
 *                (interrupted, planned)
 */
public record Unfinished(Task task, String outcome) {
}
