package io.sweep.solver;

/**
 * A solved problem: the P1 nodal values and their norms.
 *
 * @param u          nodal values, indexed like the mesh's vertices
 * @param norms      norms of u
 * @param iterations conjugate-gradient iterations this solve took (0 when the solver reused
 *                   cached unit solutions, see {@link PoissonSolver})
 */
public record Solution(double[] u, Norms norms, int iterations) {
}
