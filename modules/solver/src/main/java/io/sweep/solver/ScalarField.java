package io.sweep.solver;

/** A function of position, f(x, y): a source term, a boundary flux, an exact solution. */
@FunctionalInterface
public interface ScalarField {
    double at(double x, double y);

    /**
     * out[i] = at(x[i], y[i]) for i < n: what assembly calls, a row of points at a time, so that
     * a field evaluated node by node over arrays (a parsed expression) may do so.
     */
    default void atAll(double[] x, double[] y, int n, double[] out) {
        for (int i = 0; i < n; i++) {
            out[i] = at(x[i], y[i]);
        }
    }

    /** The same value everywhere; equal constants are equal fields. */
    record Constant(double value) implements ScalarField {
        @Override
        public double at(double x, double y) {
            return value;
        }
    }
}
