package io.sweep.solver;

/**
 * factor·shape(x, y): a field that says it is a multiple of another, so that a solver which has
 * already solved for the shape may reuse that solution (the problem is linear in its data).
 */
public record ScaledField(double factor, ScalarField shape) implements ScalarField {

    public ScaledField {
        if (!Double.isFinite(factor)) {
            throw new IllegalArgumentException("factor " + factor + " is invalid: it must be a finite number");
        }
    }

    @Override
    public double at(double x, double y) {
        return factor * shape.at(x, y);
    }

    @Override
    public void atAll(double[] x, double[] y, int n, double[] out) {
        shape.atAll(x, y, n, out);
        for (int i = 0; i < n; i++) {
            out[i] = factor * out[i];
        }
    }
}
