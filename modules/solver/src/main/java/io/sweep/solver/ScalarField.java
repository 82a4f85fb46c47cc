package io.sweep.solver;

/** A function of position, f(x, y): a source term, a boundary flux, an exact solution. */
@FunctionalInterface
public interface ScalarField {
    double at(double x, double y);
}
