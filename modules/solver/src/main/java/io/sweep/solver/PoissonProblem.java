package io.sweep.solver;

/**
 * -Δu = f in Ω, u = u_D on the Dirichlet part Γ_D, ∇u·n = g on the rest of ∂Ω: the problem as
 * data, so the assembler is not hard-wired to one right-hand side.
 *
 * @param source         f
 * @param flux           g, the outward normal derivative on the Neumann part
 * @param dirichletPart  Γ_D (which boundary vertices are fixed)
 * @param dirichletData  u_D, taken at the fixed vertices
 */
public record PoissonProblem(ScalarField source, ScalarField flux, BoundaryPart dirichletPart,
                             ScalarField dirichletData) {

    /** A problem whose u_D is a constant. */
    public PoissonProblem(ScalarField source, ScalarField flux, BoundaryPart dirichletPart, double dirichletValue) {
        this(source, flux, dirichletPart, constant(dirichletValue));
    }

    private static ScalarField constant(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Dirichlet value " + value + " is invalid: it must be a finite number");
        }
        return new ScalarField.Constant(value);
    }

    /** The seminar's Dirichlet part: x = 0 and x = 1 (DOLFIN_EPS = 3e-16). */
    public static final BoundaryPart LEFT_AND_RIGHT = (x, y) -> x < 3e-16 || x > 1.0 - 3e-16;

    /**
     * The seminar's problem on the unit square: f = α·exp(-((x-0.5)²+(y-0.5)²)/0.02),
     * g = sin(5x), u = 0 on x = 0 and x = 1.
     */
    public static PoissonProblem seminar(double alpha) {
        if (!Double.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha " + alpha + " is invalid: it must be a finite number");
        }
        return new PoissonProblem(new ScaledField(alpha, GAUSSIAN), SIN_5X, LEFT_AND_RIGHT, 0.0);
    }

    /** The seminar's source without its factor α: exp(-((x-0.5)²+(y-0.5)²)/0.02). */
    public static final ScalarField GAUSSIAN = (x, y) -> {
        double dx = x - 0.5, dy = y - 0.5;
        return Math.exp(-(dx * dx + dy * dy) / 0.02);
    };

    /** The seminar's boundary flux sin(5x). */
    public static final ScalarField SIN_5X = (x, y) -> Math.sin(5.0 * x);

    /** Checks that every part of the problem is there. */
    public PoissonProblem {
        if (source == null || flux == null || dirichletPart == null || dirichletData == null) {
            throw new IllegalArgumentException("a Poisson problem needs a source, a flux, a Dirichlet part and"
                    + " Dirichlet data (none may be null)");
        }
    }
}
