package io.sweep.results;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Observed orders of convergence: e ≈ C hᵖ, so p = log(e₁/e₂)/log(h₁/h₂) between two meshes, and
 * over many meshes the slope of the least-squares line through (log h, log e), fitted with
 * Commons Math's {@link SimpleRegression}.
 */
public final class ObservedOrder {

    private ObservedOrder() {
    }

    /** The order between a coarse and a fine mesh; NaN when either error is not positive and finite. */
    public static double between(double hCoarse, double errorCoarse, double hFine, double errorFine) {
        if (!usable(errorCoarse) || !usable(errorFine) || !(hCoarse > 0) || !(hFine > 0) || hCoarse == hFine) {
            return Double.NaN;
        }
        return Math.log(errorCoarse / errorFine) / Math.log(hCoarse / hFine);
    }

    /**
     * The least-squares slope of log e against log h over the pairs with a usable error; NaN
     * when fewer than two meshes have one.
     */
    public static double fitted(double[] h, double[] error) {
        SimpleRegression regression = new SimpleRegression();
        for (int k = 0; k < h.length; k++) {
            if (usable(error[k]) && h[k] > 0) {
                regression.addData(Math.log(h[k]), Math.log(error[k]));
            }
        }
        return regression.getN() < 2 ? Double.NaN : regression.getSlope();
    }

    private static boolean usable(double error) {
        return error > 0 && Double.isFinite(error);
    }
}
