package io.sweep.solver;

/**
 * Norms of a P1 solution u, each named for what it is.
 *
 * @param l2Dofs     the Euclidean norm of the nodal vector, what DOLFIN's
 *                   {@code u.vector().norm('l2')} prints (depends on the mesh size)
 * @param normL2     the L²(Ω) norm, sqrt(∫ u²), integrated exactly for P1
 * @param seminormH1 the H¹ seminorm, sqrt(∫ |∇u|²)
 * @param min        the smallest nodal value
 * @param max        the largest nodal value
 */
public record Norms(double l2Dofs, double normL2, double seminormH1, double min, double max) {
}
