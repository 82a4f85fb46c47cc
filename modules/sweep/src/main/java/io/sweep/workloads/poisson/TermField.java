package io.sweep.workloads.poisson;

import io.sweep.config.study.Term;
import io.sweep.solver.ScalarField;

/**
 * A parsed expression, its parameters bound, as the solver's field. A record: equal trees are
 * equal fields, so the solver reuses what it solved for an equal source, flux or u_D.
 */
record TermField(Term term) implements ScalarField {
    @Override
    public double at(double x, double y) {
        return term.at(x, y);
    }

    @Override
    public void atAll(double[] x, double[] y, int n, double[] out) {
        term.atAll(x, y, n, out);
    }
}
