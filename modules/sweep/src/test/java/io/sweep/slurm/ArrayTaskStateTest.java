package io.sweep.slurm;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArrayTaskStateTest {

    @Test
    void parsesOneLinePerArrayTask() {
        // As printed by squeue 22.05 on the test cluster for sbatch --array=0-2%2.
        List<ArrayTaskState> states = ArrayTaskState.parse(
                "1|0|COMPLETED|None\n1|2|FAILED|NonZeroExitCode\n1|1|RUNNING|None\n");
        assertEquals(List.of(
                new ArrayTaskState(1, 0, "COMPLETED", "None"),
                new ArrayTaskState(1, 2, "FAILED", "NonZeroExitCode"),
                new ArrayTaskState(1, 1, "RUNNING", "None")), states);
        assertFalse(states.get(0).active());
        assertFalse(states.get(0).endedBadly());
        assertTrue(states.get(1).endedBadly());
        assertTrue(states.get(2).active());
        assertTrue(states.get(2).running());
    }

    @Test
    void expandsACollapsedPendingRange() {
        List<ArrayTaskState> states = ArrayTaskState.parse("12|[3-5,9%2]|PENDING|JobArrayTaskLimit\n");
        assertEquals(List.of(3, 4, 5, 9), states.stream().map(ArrayTaskState::index).toList());
        assertTrue(states.stream().allMatch(s -> s.jobId() == 12 && s.active()
                && s.reason().equals("JobArrayTaskLimit")));
    }

    @Test
    void emptyOutputAndNonArrayJobsGiveNothing() {
        assertEquals(List.of(), ArrayTaskState.parse(""));
        assertEquals(List.of(), ArrayTaskState.parse("7|N/A|RUNNING|None\n"));
    }

    @Test
    void everyEndStateButCompletedIsBad() {
        for (String state : List.of("FAILED", "CANCELLED", "TIMEOUT", "OUT_OF_MEMORY", "NODE_FAIL",
                "BOOT_FAIL", "DEADLINE", "PREEMPTED")) {
            ArrayTaskState s = new ArrayTaskState(1, 0, state, "None");
            assertFalse(s.active(), state);
            assertTrue(s.endedBadly(), state);
        }
        for (String state : List.of("PENDING", "CONFIGURING", "COMPLETING", "SUSPENDED", "REQUEUED")) {
            assertTrue(new ArrayTaskState(1, 0, state, "None").active(), state);
        }
    }

    @Test
    void rejectsALineItCannotRead() {
        assertThrows(IllegalArgumentException.class, () -> ArrayTaskState.parse("garbage\n"));
    }
}
