package io.sweep.workloads.pi;

/**
 * The estimate from {@code inside} hits out of {@code points}: 4·p with p = inside/points, and its
 * binomial standard error 4·sqrt(p(1-p)/n).
 */
public record PiEstimate(long inside, long points) {

    public double value() {
        return 4.0 * inside / points;
    }

    public double standardError() {
        double p = (double) inside / points;
        return 4.0 * Math.sqrt(p * (1 - p) / points);
    }

    /** How many standard errors the estimate is from π (signed). */
    public double errorsFromPi() {
        return (value() - Math.PI) / standardError();
    }
}
