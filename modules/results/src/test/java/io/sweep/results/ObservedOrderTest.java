package io.sweep.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ObservedOrderTest {

    @Test
    void orderOfAPowerLawIsItsExponent() {
        assertEquals(2.0, ObservedOrder.between(0.1, 3 * 0.01, 0.05, 3 * 0.0025), 1e-12);
        assertEquals(1.5, ObservedOrder.between(0.3, Math.pow(0.3, 1.5), 0.1, Math.pow(0.1, 1.5)), 1e-12);
    }

    @Test
    void leastSquaresSlopeThroughNoisyPowerLaw() {
        double[] h = {0.2, 0.1, 0.05, 0.025};
        double[] noise = {1.1, 0.9, 1.1, 0.9};
        double[] e = new double[h.length];
        for (int k = 0; k < h.length; k++) {
            e[k] = 7 * h[k] * h[k] * noise[k];
        }
        // Symmetric noise pulls the fit below 2; the exact slope of log e on log h is known.
        double mean = 0, meanE = 0;
        for (int k = 0; k < h.length; k++) {
            mean += Math.log(h[k]) / h.length;
            meanE += Math.log(e[k]) / h.length;
        }
        double sxy = 0, sxx = 0;
        for (int k = 0; k < h.length; k++) {
            sxy += (Math.log(h[k]) - mean) * (Math.log(e[k]) - meanE);
            sxx += (Math.log(h[k]) - mean) * (Math.log(h[k]) - mean);
        }
        assertEquals(sxy / sxx, ObservedOrder.fitted(h, e), 1e-12);
        assertTrue(Math.abs(ObservedOrder.fitted(h, e) - 2) > 0.01);
    }

    @Test
    void missingErrorsAreLeftOut() {
        assertTrue(Double.isNaN(ObservedOrder.between(0.1, Double.NaN, 0.05, 1e-3)));
        assertTrue(Double.isNaN(ObservedOrder.between(0.1, 1e-2, 0.05, 0.0)));
        assertEquals(2.0, ObservedOrder.fitted(new double[] {0.4, 0.2, 0.1, 0.05},
                new double[] {0.16, Double.NaN, 0.01, 0.0}), 1e-12);
        assertTrue(Double.isNaN(ObservedOrder.fitted(new double[] {0.1, 0.05}, new double[] {0.01, Double.NaN})));
    }
}
