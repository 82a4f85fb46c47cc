package io.sweep.solver;

/**
 * The mass and stiffness matrices of a Lagrange element on one physical triangle,
 * M_nm = ∫_T φ_n φ_m and K_nm = ∫_T ∇φ_n·∇φ_m, integrated with a rule the element was tabulated
 * at (exact when the rule's degree is at least twice the element's). On a structured mesh every
 * cell is one of two congruent triangles, so two instances serve the whole mesh.
 *
 * @param size      number of basis functions
 * @param mass      M, row-major
 * @param stiffness K, row-major
 */
record ElementMatrices(int size, double[] mass, double[] stiffness) {

    /** M and K of {@code element} on the triangle with vertices (x_i, y_i), i = 0, 1, 2. */
    static ElementMatrices of(LagrangeTriangle element, TriangleQuadrature rule, double[] vertexXy) {
        int[] v = {0, 1, 2};
        double[] b = new double[3], c = new double[3];
        double twiceArea = Stiffness.elementGradients(vertexXy, v, b, c);
        double area = 0.5 * Math.abs(twiceArea);
        int size = element.nodeCount();
        double[] mass = new double[size * size];
        double[] stiffness = new double[size * size];
        double[] gx = new double[size], gy = new double[size];
        for (int q = 0; q < rule.size(); q++) {
            for (int n = 0; n < size; n++) {
                int at = 3 * (q * size + n);
                double[] d = element.derivatives();
                // ∇λ_i = (b_i, c_i) / 2|T| (signed), so ∇φ = Σ_i ∂φ/∂λ_i ∇λ_i.
                gx[n] = (d[at] * b[0] + d[at + 1] * b[1] + d[at + 2] * b[2]) / twiceArea;
                gy[n] = (d[at] * c[0] + d[at + 1] * c[1] + d[at + 2] * c[2]) / twiceArea;
            }
            double w = area * rule.weights()[q];
            for (int n = 0; n < size; n++) {
                double phiN = element.values()[q * size + n];
                for (int m = 0; m < size; m++) {
                    mass[n * size + m] += w * phiN * element.values()[q * size + m];
                    stiffness[n * size + m] += w * (gx[n] * gx[m] + gy[n] * gy[m]);
                }
            }
        }
        return new ElementMatrices(size, mass, stiffness);
    }

    /**
     * {eᵀ M e, eᵀ K e} = {∫_T e², ∫_T |∇e|²} for the element function with coefficients e, added
     * to {@code sums}: one pass over both matrices, each row read once.
     */
    void addForms(double[] e, double[] sums) {
        double squares = 0.0, gradientSquares = 0.0;
        for (int n = 0; n < size; n++) {
            double massRow = 0.0, stiffnessRow = 0.0;
            int row = n * size;
            for (int m = 0; m < size; m++) {
                massRow += mass[row + m] * e[m];
                stiffnessRow += stiffness[row + m] * e[m];
            }
            squares += e[n] * massRow;
            gradientSquares += e[n] * stiffnessRow;
        }
        sums[0] += squares;
        sums[1] += gradientSquares;
    }
}
