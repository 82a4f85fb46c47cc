package io.sweep.results;

import java.util.List;

/**
 * What a convergence study hands its writers: what the errors are measured against, and one
 * series of meshes per combination of the other parameters.
 *
 * @param reference "the exact solution sin(pi*x)*cos(pi*y)" or "the finest mesh (n=256)"
 * @param series    one per combination of the other parameters, in the study's order
 */
public record ConvergenceStudy(String reference, List<ConvergenceSeries> series) {

    public ConvergenceStudy {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a convergence study needs at least one series of meshes");
        }
        series = List.copyOf(series);
    }

    /** The other parameters' names, from the first series (every series has the same). */
    public List<String> parameterNames() {
        return List.copyOf(series.get(0).parameters().keySet());
    }
}
