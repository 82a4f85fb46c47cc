package io.sweep.results;

import io.sweep.solver.Norms;

/**
 * One row of the norms table.
 *
 * @param alpha       the sweep parameter
 * @param norms       the solution's norms
 * @param wallSeconds the task's wall time
 * @param status      the task's status (done, failed, ...)
 */
public record NormsRow(double alpha, Norms norms, double wallSeconds, String status) {
}
