package io.sweep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sweep.solver.NoConvergenceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the facts a transport reports become failure classes: the one mapping. */
class FailureClassTest {

    @Test
    void aTasksExceptionIsClassifiedThroughItsCauses() {
        assertEquals(FailureClass.OUT_OF_MEMORY, FailureClass.ofThrowable(new OutOfMemoryError("Java heap space")));
        assertEquals(FailureClass.NO_CONVERGENCE, FailureClass.ofThrowable(
                new RuntimeException("solve", new NoConvergenceException(500, 1e-3, 1e-12))));
        assertEquals(FailureClass.DISK_FULL, FailureClass.ofThrowable(
                new UncheckedIOException(new IOException("No space left on device"))));
        assertEquals(FailureClass.CRASHED, FailureClass.ofThrowable(new IOException("Permission denied")));
        assertEquals(FailureClass.NOT_FINITE, FailureClass.ofThrowable(new NotFiniteException("NaN")));
    }

    @Test
    void processEndsMapToClassesAndAWorkersExitCodeNamesItsClass() {
        assertEquals(FailureClass.KILLED, new Failure(Failure.Fact.ENDED, "", 1, null, 9, 0, null).failureClass());
        assertEquals(FailureClass.CRASHED, new Failure(Failure.Fact.ENDED, "", 1, 3, null, 0, null).failureClass());
        for (FailureClass c : FailureClass.values()) {
            assertEquals(c, FailureClass.ofWorkerExitCode(c.workerExitCode()));
            assertEquals(c, new Failure(Failure.Fact.ENDED, "", 1, c.workerExitCode(), null, 0, null).failureClass());
            assertEquals(c, FailureClass.ofLabel(c.label()));
        }
        assertNull(FailureClass.ofWorkerExitCode(1));
        assertEquals(FailureClass.TIMEOUT, Failure.of(Failure.Fact.TIMED_OUT, "").failureClass());
        assertEquals(FailureClass.COULD_NOT_START, Failure.of(Failure.Fact.COULD_NOT_START, "").failureClass());
        assertEquals(FailureClass.LOST, Failure.of(Failure.Fact.SCHEDULER_LOST, "").failureClass());
    }

    @Test
    void slurmStatesMapToClassesUnlessTheWorkerSaidMore() {
        assertEquals(FailureClass.TIMEOUT, schedulerEnded("TIMEOUT", null).failureClass());
        assertEquals(FailureClass.OUT_OF_MEMORY, schedulerEnded("OUT_OF_MEMORY", null).failureClass());
        assertEquals(FailureClass.KILLED, schedulerEnded("CANCELLED", null).failureClass());
        assertEquals(FailureClass.CRASHED, schedulerEnded("FAILED", 1).failureClass());
        assertEquals(FailureClass.NO_CONVERGENCE,
                schedulerEnded("FAILED", FailureClass.NO_CONVERGENCE.workerExitCode()).failureClass());
    }

    @Test
    void onlyInfrastructureClassesCountTowardsEndingTheSweep() {
        assertTrue(FailureClass.COULD_NOT_START.infrastructure() && FailureClass.SUBMIT_FAILED.infrastructure());
        assertFalse(FailureClass.CRASHED.infrastructure() || FailureClass.TIMEOUT.infrastructure());
        assertEquals("could-not-start", FailureClass.COULD_NOT_START.label());
    }

    @Test
    void taskFilesNameEveryPathOfATask() {
        TaskFiles files = TaskFiles.of(Path.of("/out"), new Task("alpha=1.0", "poisson", Map.of()));
        assertEquals(Path.of("/out/tasks/alpha=1.0"), files.dir());
        assertEquals(Path.of("/out/tasks/alpha=1.0/task.log"), files.log());
        assertEquals(Path.of("/out/tasks/alpha=1.0/result.json"), files.record());
        assertEquals("tasks/alpha=1.0/u.vtu", files.relative("u.vtu"));
        assertEquals(files.record(), ResultRecords.path(Path.of("/out"), "alpha=1.0"));
    }

    private static Failure schedulerEnded(String state, Integer exitCode) {
        return new Failure(Failure.Fact.SCHEDULER_ENDED, state, 0, exitCode, null, 0,
                FailureClass.ofSchedulerState(state));
    }
}
