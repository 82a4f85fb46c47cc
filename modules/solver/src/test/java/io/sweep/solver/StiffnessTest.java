package io.sweep.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The P1 stiffness matrix before boundary conditions: symmetric, rows summing to zero, known values. */
class StiffnessTest {

    @Test
    void isSymmetricWithZeroRowSums() {
        for (Mesh mesh : new Mesh[] {Mesh.unitSquare(7, 5), Mesh.rectangle(0, 0, 2, 1, 12, 6)}) {
            CsrMatrix k = Stiffness.assemble(mesh);
            for (int i = 0; i < k.rows(); i++) {
                double sum = 0;
                for (int e = k.rowStart()[i]; e < k.rowStart()[i + 1]; e++) {
                    int j = k.columns()[e];
                    assertEquals(k.values()[e], k.get(j, i), 0.0, "K[" + i + "," + j + "] vs K[" + j + "," + i + "]");
                    sum += k.values()[e];
                }
                assertEquals(0.0, sum, 1e-13, "row " + i + " sum");
            }
        }
    }

    @Test
    void hasTheFivePointStencilOnSquareCells() {
        // With the lower-left/upper-right diagonal the diagonal couplings vanish (right angles).
        Mesh mesh = Mesh.unitSquare(4, 4);
        CsrMatrix k = Stiffness.assemble(mesh);
        int centre = 2 * 5 + 2;
        assertEquals(4.0, k.get(centre, centre), 1e-14);
        assertEquals(-1.0, k.get(centre, centre + 1), 1e-14);
        assertEquals(-1.0, k.get(centre, centre - 5), 1e-14);
        assertEquals(0.0, k.get(centre, centre + 6), 1e-14);
        assertEquals(1.0, k.get(0, 0), 1e-14);
        int edges = 2 * 4 * 5 + 4 * 4;
        assertEquals(25 + 2 * edges, k.nonZeros(), "one entry per vertex and two per edge");
    }

    @Test
    void eliminationKeepsSymmetryAndFixesTheDirichletRows() {
        Mesh mesh = Mesh.unitSquare(6, 6);
        CsrMatrix k = Stiffness.assemble(mesh);
        boolean[] fixed = DirichletConditions.locate(mesh, PoissonProblem.LEFT_AND_RIGHT);
        DirichletConditions.eliminate(k, fixed);
        int count = 0;
        for (int v = 0; v < fixed.length; v++) {
            boolean onSide = mesh.x(v) == 0.0 || mesh.x(v) == 1.0;
            assertEquals(onSide, fixed[v], "vertex " + v);
            count += fixed[v] ? 1 : 0;
        }
        assertEquals(14, count);
        for (int i = 0; i < k.rows(); i++) {
            for (int e = k.rowStart()[i]; e < k.rowStart()[i + 1]; e++) {
                int j = k.columns()[e];
                assertEquals(k.values()[e], k.get(j, i), 0.0);
                if (fixed[i] || fixed[j]) {
                    assertEquals(i == j ? 1.0 : 0.0, k.values()[e], 0.0);
                }
            }
        }
    }
}
