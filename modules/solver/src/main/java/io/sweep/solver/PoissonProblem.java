package io.sweep.solver;

/**
 * -Δu = f in Ω, u = u_D on the Dirichlet part Γ_D, ∇u·n = g on the rest of ∂Ω: the problem as
 * data, so the assembler is not hard-wired to one right-hand side.
 *
 * @param source         f
 * @param flux           g, the outward normal derivative on the Neumann part
 * @param dirichletPart  Γ_D (which boundary vertices are fixed)
 * @param dirichletValue u_D, a constant
 */
public record PoissonProblem(ScalarField source, ScalarField flux, BoundaryPart dirichletPart,
                             double dirichletValue) {

    /** The seminar's Dirichlet part: x = 0 and x = 1 (DOLFIN_EPS = 3e-16). */
    public static final BoundaryPart LEFT_AND_RIGHT = (x, y) -> x < 3e-16 || x > 1.0 - 3e-16;

    /**
     * The seminar's problem on the unit square: f = α·exp(-((x-0.5)²+(y-0.5)²)/0.02),
     * g = sin(5x), u = 0 on x = 0 and x = 1.
     */
    public static PoissonProblem seminar(double alpha) {
        throw new UnsupportedOperationException("solver: not built yet (issue 2)");
    }
}
