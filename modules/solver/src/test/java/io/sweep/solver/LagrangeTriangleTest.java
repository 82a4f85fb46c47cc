package io.sweep.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** P4 on the triangle: one at its own node and zero at the others; reproduces polynomials. */
class LagrangeTriangleTest {

    private static final int DEGREE = 4;

    /** A "rule" whose points are the element's own nodes, to tabulate the basis there. */
    private static TriangleQuadrature atNodes(int degree) {
        LagrangeTriangle probe = LagrangeTriangle.tabulate(degree, TriangleQuadrature.exactForDegree(0));
        int count = probe.nodeCount();
        double[] lambda = new double[3 * count];
        for (int n = 0; n < count; n++) {
            for (int i = 0; i < 3; i++) {
                lambda[3 * n + i] = probe.nodeLambda(n, i);
            }
        }
        return new TriangleQuadrature(lambda, new double[count]);
    }

    @Test
    void basisIsOneAtItsNodeAndZeroAtTheOthers() {
        LagrangeTriangle element = LagrangeTriangle.tabulate(DEGREE, atNodes(DEGREE));
        int count = element.nodeCount();
        assertEquals(15, count);
        for (int q = 0; q < count; q++) {
            for (int n = 0; n < count; n++) {
                assertEquals(q == n ? 1.0 : 0.0, element.values()[q * count + n], 1e-14, "phi_" + n + " at node " + q);
            }
        }
    }

    @Test
    void interpolatesAQuarticAndItsGradientExactly() {
        // p(λ) = λ1^3 λ2 + λ0^2 - λ2^4 and its λ-derivatives, at the points of a quadrature rule.
        TriangleQuadrature rule = TriangleQuadrature.exactForDegree(7);
        LagrangeTriangle element = LagrangeTriangle.tabulate(DEGREE, rule);
        int count = element.nodeCount();
        double[] coefficients = new double[count];
        for (int n = 0; n < count; n++) {
            coefficients[n] = p(element.nodeLambda(n, 0), element.nodeLambda(n, 1), element.nodeLambda(n, 2));
        }
        for (int q = 0; q < rule.size(); q++) {
            double l0 = rule.lambda(q, 0), l1 = rule.lambda(q, 1), l2 = rule.lambda(q, 2);
            double value = 0, d0 = 0, d1 = 0, d2 = 0;
            for (int n = 0; n < count; n++) {
                int at = q * count + n;
                value += element.values()[at] * coefficients[n];
                d0 += element.derivatives()[3 * at] * coefficients[n];
                d1 += element.derivatives()[3 * at + 1] * coefficients[n];
                d2 += element.derivatives()[3 * at + 2] * coefficients[n];
            }
            assertEquals(p(l0, l1, l2), value, 1e-13);
            // On the plane λ0 + λ1 + λ2 = 1 only differences of λ-derivatives are determined.
            double e1 = 3 * l1 * l1 * l2 - 2 * l0, e2 = l1 * l1 * l1 - 4 * l2 * l2 * l2 - 2 * l0;
            assertEquals(e1, d1 - d0, 1e-12);
            assertEquals(e2, d2 - d0, 1e-12);
        }
    }

    private static double p(double l0, double l1, double l2) {
        return l1 * l1 * l1 * l2 + l0 * l0 - l2 * l2 * l2 * l2;
    }
}
