package io.sweep.solver;

/** z = M⁻¹ r for a symmetric positive definite M, as conjugate gradients requires. */
public interface Preconditioner {

    /** z = M⁻¹ r (z is overwritten). */
    void apply(double[] r, double[] z);

    /** Levels of the hierarchy, the finest included (1 for a one-level preconditioner). */
    int depth();
}
