package io.sweep.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The collapsed Gauss rule integrates monomials exactly up to its degree, and no further. */
class TriangleQuadratureTest {

    /** The mean of ξ^a η^b over the reference triangle: 2 a! b! / (a + b + 2)!. */
    private static double meanOfMonomial(int a, int b) {
        return 2.0 * factorial(a) * factorial(b) / factorial(a + b + 2);
    }

    private static double factorial(int n) {
        double f = 1;
        for (int k = 2; k <= n; k++) {
            f *= k;
        }
        return f;
    }

    private static double apply(TriangleQuadrature rule, int a, int b) {
        double sum = 0;
        for (int q = 0; q < rule.size(); q++) {
            sum += rule.weights()[q] * Math.pow(rule.lambda(q, 1), a) * Math.pow(rule.lambda(q, 2), b);
        }
        return sum;
    }

    @Test
    void exactForEveryMonomialUpToItsDegree() {
        for (int degree = 0; degree <= 10; degree++) {
            TriangleQuadrature rule = TriangleQuadrature.exactForDegree(degree);
            for (int a = 0; a <= degree; a++) {
                for (int b = 0; a + b <= degree; b++) {
                    assertEquals(meanOfMonomial(a, b), apply(rule, a, b), 1e-15,
                            "degree " + degree + ": xi^" + a + " eta^" + b);
                }
            }
        }
    }

    @Test
    void degreeEightIsNotExactForDegreeTen() {
        TriangleQuadrature rule = TriangleQuadrature.exactForDegree(8);
        assertTrue(Math.abs(apply(rule, 10, 0) - meanOfMonomial(10, 0)) > 1e-9,
                "a 5x5 collapsed rule cannot integrate xi^10 exactly; the test would not see a wrong rule");
    }

    @Test
    void pointsAreInsideAndBarycentricCoordinatesSumToOne() {
        TriangleQuadrature rule = TriangleQuadrature.exactForDegree(8);
        assertEquals(25, rule.size());
        for (int q = 0; q < rule.size(); q++) {
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                assertTrue(rule.lambda(q, k) > 0 && rule.lambda(q, k) < 1);
                sum += rule.lambda(q, k);
            }
            assertEquals(1.0, sum, 1e-15);
            assertTrue(rule.weights()[q] > 0);
        }
    }
}
