package io.sweep.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The matrix-free solver on 1, 2 and 3 threads gives the same bits: load vector, operator, smoother,
 * transfers, vector loops and norms write each entry the same way whoever runs it, and every sum adds
 * fixed blocks in order. The meshes are large enough that the loops really are split.
 */
class ThreadsTest {

    @ParameterizedTest(name = "{0}x{1}, Dirichlet {2}")
    @CsvSource({"300, 300, left right", "257, 190, left bottom top"})
    void resultsAreBitIdenticalForAnyThreadCount(int nx, int ny, String sides) {
        Mesh mesh = Mesh.rectangle(0, 0, 1.5, 1, nx, ny);
        BoundaryPart part = Sides.of(mesh, sides);
        PoissonProblem problem = new PoissonProblem((x, y) -> 10 * Math.exp(-((x - 0.7) * (x - 0.7) + y * y) / 0.05),
                PoissonProblem.SIN_5X, part, 0.25);
        Mesh threaded = Mesh.rectangle(0, 0, 1.5, 1, nx, ny, new ParallelRows(3));
        assertArrayEquals(mesh.coordinates(), threaded.coordinates(), 0.0, "vertices made on 3 threads");
        assertArrayEquals(mesh.cells(), threaded.cells(), "cells made on 3 threads");
        Solution one = PoissonSolver.setUp(mesh, part, 1).solve(problem);
        for (int threads : new int[] {2, 3}) {
            Solution many = PoissonSolver.setUp(mesh, part, threads).solve(problem);
            assertEquals(one.iterations(), many.iterations(), threads + " threads: iterations");
            assertArrayEquals(one.u(), many.u(), 0.0, threads + " threads: u");
            assertEquals(one.norms(), many.norms(), threads + " threads: norms");
        }
    }
}
