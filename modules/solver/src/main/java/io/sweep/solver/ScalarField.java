package io.sweep.solver;

/** A function of position, f(x, y): a source term, a boundary flux, an exact solution. */
@FunctionalInterface
public interface ScalarField {
    double at(double x, double y);

    /** The same value everywhere; equal constants are equal fields. */
    record Constant(double value) implements ScalarField {
        @Override
        public double at(double x, double y) {
            return value;
        }
    }
}
