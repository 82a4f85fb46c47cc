package io.sweep.solver;

/** The linear solver stopped at its iteration limit before reaching its tolerance. */
public final class NoConvergenceException extends IllegalStateException {
    private final int iterations;
    private final double relativeResidual;

    public NoConvergenceException(int iterations, double relativeResidual, double tolerance) {
        super("conjugate gradients stopped at their limit of " + iterations + " iterations with a relative residual of "
                + relativeResidual + ", above " + tolerance);
        this.iterations = iterations;
        this.relativeResidual = relativeResidual;
    }

    public int iterations() {
        return iterations;
    }

    public double relativeResidual() {
        return relativeResidual;
    }
}
