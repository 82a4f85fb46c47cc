package io.sweep.solver;

/** A square linear map y = A x on nodal vectors: an assembled matrix or a matrix-free stencil. */
public interface LinearOperator {

    /** y = A x (y is overwritten). */
    void multiply(double[] x, double[] y);
}
