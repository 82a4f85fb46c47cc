package io.sweep.solver;

/**
 * The error of a discrete solution u_h against a reference u, in the two norms a convergence
 * study reports.
 *
 * @param normL2     ‖u - u_h‖_L²
 * @param seminormH1 |u - u_h|_H¹ = ‖∇(u - u_h)‖_L²
 */
public record ErrorNorms(double normL2, double seminormH1) {
}
