package io.sweep.solver;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Invalid input fails at once, with a message saying what is wrong and what is accepted. */
class ValidationTest {

    private static void assertRejected(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "message '" + e.getMessage() + "' lacks '" + fragment + "'");
        }
    }

    @Test
    void meshSizeBelowOne() {
        assertRejected(() -> Mesh.unitSquare(0, 4), "0x4", "invalid", ">= 1");
        assertRejected(() -> Mesh.unitSquare(4, -2), "4x-2", ">= 1");
        assertRejected(() -> PoissonSolver.estimatedBytes(0, 1), ">= 1");
    }

    @Test
    void meshTooLargeForTheHeap() {
        long gib = 1L << 30;
        assertDoesNotThrow(() -> MemoryCheck.require(256, 256, gib));
        assertRejected(() -> MemoryCheck.require(4096, 4096, gib), "4096x4096", "MiB", "-Xmx");
        assertRejected(() -> MemoryCheck.require(2048, 2048, MemoryCheck.assembledBytes(2048, 2048), gib),
                "2048x2048", "MiB", "-Xmx");
        assertRejected(() -> Mesh.unitSquare(15000, 15000), "15000x15000", "-Xmx");
        assertTrue(PoissonSolver.estimatedBytes(4096, 4096) < 3L * gib, "n=4096 must fit in 4 GB");
        assertTrue(PoissonSolver.estimatedBytes(512, 512) * 10 < PoissonSolver.estimatedBytes(2048, 2048),
                "estimate grows with the unknowns");
    }

    @Test
    void alphaNotFinite() {
        assertRejected(() -> PoissonProblem.seminar(Double.NaN), "alpha NaN", "finite");
        assertRejected(() -> PoissonProblem.seminar(Double.POSITIVE_INFINITY), "Infinity", "finite");
        assertRejected(() -> PoissonProblem.seminar(Double.NEGATIVE_INFINITY), "finite");
    }

    @Test
    void dirichletPartThatFixesNothing() {
        assertRejected(() -> PoissonSolver.setUp(Mesh.unitSquare(4, 4), (x, y) -> false), "Dirichlet part", "at least one");
    }

    @Test
    void problemWithAnotherDirichletPart() {
        PoissonSolver solver = PoissonSolver.setUp(Mesh.unitSquare(4, 4), PoissonProblem.LEFT_AND_RIGHT);
        PoissonProblem other = new PoissonProblem((x, y) -> 1, (x, y) -> 0, (x, y) -> y < 1e-12, 0);
        assertRejected(() -> solver.solve(other), "another Dirichlet part");
    }
}
