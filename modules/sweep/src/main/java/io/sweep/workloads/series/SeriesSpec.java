package io.sweep.workloads.series;

/** A validated series run: Σ_{z=0}^{n-1} Σ_{k=1}^{k+1} z^(1/k^1.5). */
public record SeriesSpec(long n, int k) {
    public SeriesSpec {
        if (n < 1 || k < 0) {
            throw new IllegalArgumentException("n must be >= 1 and k >= 0");
        }
    }
}
