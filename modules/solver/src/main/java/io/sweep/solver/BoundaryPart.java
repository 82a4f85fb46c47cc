package io.sweep.solver;

/**
 * Which boundary vertices belong to a part of the boundary, like DOLFIN's
 * {@code def boundary(x): return x[0] < DOLFIN_EPS or x[0] > 1.0 - DOLFIN_EPS}.
 */
@FunctionalInterface
public interface BoundaryPart {
    boolean contains(double x, double y);
}
