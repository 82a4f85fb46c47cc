package io.sweep.solver;

/**
 * The Lagrange element P_k on a triangle, with DOLFIN's equispaced nodes: node (a, b, c),
 * a + b + c = k, sits at barycentric coordinates (a, b, c)/k, and its basis function is
 * φ = ψ_a(λ₀) ψ_b(λ₁) ψ_c(λ₂) with ψ_m(λ) = Π_{j<m} (kλ - j)/(j + 1), which is 1 at its node
 * and 0 at every other. Tabulated at the points of a quadrature rule: values and derivatives
 * with respect to each λ_i, so that on a physical cell ∇φ = Σ_i ∂φ/∂λ_i ∇λ_i.
 *
 * @param degree      k
 * @param nodes       a, b, c of every node, interleaved
 * @param values      φ_n(λ_q) at [q * nodeCount + n]
 * @param derivatives ∂φ_n/∂λ_i(λ_q) at [(q * nodeCount + n) * 3 + i]
 */
public record LagrangeTriangle(int degree, int[] nodes, double[] values, double[] derivatives) {

    /** P_k tabulated at the points of {@code rule}. */
    public static LagrangeTriangle tabulate(int degree, TriangleQuadrature rule) {
        if (degree < 1) {
            throw new IllegalArgumentException("Lagrange degree " + degree + " is invalid: it must be >= 1");
        }
        int count = (degree + 1) * (degree + 2) / 2;
        int[] nodes = new int[3 * count];
        int n = 0;
        for (int a = degree; a >= 0; a--) {
            for (int b = degree - a; b >= 0; b--) {
                nodes[3 * n] = a;
                nodes[3 * n + 1] = b;
                nodes[3 * n + 2] = degree - a - b;
                n++;
            }
        }
        double[] values = new double[rule.size() * count];
        double[] derivatives = new double[3 * rule.size() * count];
        for (int q = 0; q < rule.size(); q++) {
            for (n = 0; n < count; n++) {
                double[] psi = new double[3];
                double[] dpsi = new double[3];
                for (int i = 0; i < 3; i++) {
                    psi[i] = factor(degree, nodes[3 * n + i], rule.lambda(q, i));
                    dpsi[i] = factorDerivative(degree, nodes[3 * n + i], rule.lambda(q, i));
                }
                int at = q * count + n;
                values[at] = psi[0] * psi[1] * psi[2];
                derivatives[3 * at] = dpsi[0] * psi[1] * psi[2];
                derivatives[3 * at + 1] = psi[0] * dpsi[1] * psi[2];
                derivatives[3 * at + 2] = psi[0] * psi[1] * dpsi[2];
            }
        }
        return new LagrangeTriangle(degree, nodes, values, derivatives);
    }

    public int nodeCount() {
        return nodes.length / 3;
    }

    /** λ_i of node n. */
    public double nodeLambda(int n, int i) {
        return nodes[3 * n + i] / (double) degree;
    }

    /** ψ_m(λ) = Π_{j<m} (kλ - j)/(j + 1). */
    private static double factor(int k, int m, double lambda) {
        double product = 1.0;
        for (int j = 0; j < m; j++) {
            product *= (k * lambda - j) / (j + 1);
        }
        return product;
    }

    /** dψ_m/dλ by the product rule. */
    private static double factorDerivative(int k, int m, double lambda) {
        double sum = 0.0;
        for (int skip = 0; skip < m; skip++) {
            double product = k / (double) (skip + 1);
            for (int j = 0; j < m; j++) {
                if (j != skip) {
                    product *= (k * lambda - j) / (j + 1);
                }
            }
            sum += product;
        }
        return sum;
    }
}
