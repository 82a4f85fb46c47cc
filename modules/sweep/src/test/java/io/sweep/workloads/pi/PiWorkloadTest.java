package io.sweep.workloads.pi;

import io.sweep.config.BadInputException;
import io.sweep.engine.Summary;
import io.sweep.engine.Task;
import io.sweep.workloads.InProcess;
import io.sweep.workloads.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PiWorkloadTest {
    @TempDir
    Path out;

    /** Five blocks and a short one: the last block's length matters. */
    private static final long POINTS = 5L * PiSpec.DEFAULT_BLOCK_SIZE + 12_345;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 42, 20200313})
    void estimateIsWithinFourStandardErrorsOfPi(long seed) throws Exception {
        Summary summary = run(new PiSpec(POINTS, seed, PiSpec.DEFAULT_BLOCK_SIZE), 2);
        double estimate = (double) summary.result().get("result");
        double standardError = (double) summary.result().get("standard_error");
        assertTrue(standardError > 5e-4 && standardError < 1e-3, "standard error " + standardError);
        assertTrue(Math.abs(estimate - Math.PI) < 4 * standardError,
                "estimate " + estimate + " is more than 4 standard errors from pi");
        assertEquals(POINTS, ((Number) summary.result().get("points")).longValue());
    }

    @Test
    void theEstimateIsTheSameForOneTwoThreeOrSevenWorkers() throws Exception {
        PiSpec spec = new PiSpec(POINTS, 7, PiSpec.DEFAULT_BLOCK_SIZE);
        Summary one = run(spec, 1);
        for (int parts : new int[] {2, 3, 7}) {
            Summary other = run(spec, parts);
            assertEquals(one.result().get("inside"), other.result().get("inside"), "parts " + parts);
            assertEquals(one.result().get("result"), other.result().get("result"), "parts " + parts);
        }
    }

    @Test
    void anotherSeedGivesAnotherSample() throws Exception {
        Summary a = run(new PiSpec(POINTS, 1, PiSpec.DEFAULT_BLOCK_SIZE), 2);
        Summary b = run(new PiSpec(POINTS, 2, PiSpec.DEFAULT_BLOCK_SIZE), 2);
        assertNotEquals(a.result().get("inside"), b.result().get("inside"));
    }

    @Test
    void planCoversEveryBlockOnceInContiguousRanges() {
        PiSpec spec = new PiSpec(POINTS, 1, PiSpec.DEFAULT_BLOCK_SIZE);
        assertEquals(6, spec.blockCount());
        assertEquals(12_345, spec.blockLength(5));
        List<Task> tasks = new PiWorkload(spec, 4).plan();
        assertEquals(4, tasks.size());
        long next = 0;
        for (Task task : tasks) {
            assertEquals(next, task.longParam("first_block"));
            next = task.longParam("end_block");
        }
        assertEquals(6, next);
        assertEquals("blocks=0-1", tasks.get(0).key());
        // more workers than blocks: one task per block, none empty
        assertEquals(6, new PiWorkload(spec, 100).plan().size());
    }

    @Test
    void standardErrorIsTheBinomialOne() {
        PiEstimate estimate = new PiEstimate(785, 1000);
        assertEquals(3.14, estimate.value(), 1e-15);
        assertEquals(4 * Math.sqrt(0.785 * 0.215 / 1000), estimate.standardError(), 1e-15);
    }

    @Test
    void optionsAcceptScientificNotationAndKeepTheSeed() {
        PiSpec spec = PiOptions.of("1e8", "42").toSpec();
        assertEquals(100_000_000L, spec.points());
        assertEquals(42, spec.seed());
        assertEquals(96, spec.blockCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "abc", "1.5", ""})
    void invalidPointsAreBadInput(String points) {
        BadInputException e = assertThrows(BadInputException.class,
                () -> PiOptions.of(points, "1").toSpec());
        assertTrue(e.getMessage().startsWith("--points "), e.getMessage());
        assertTrue(e.getMessage().endsWith("use a whole number from 1 to 1e15"), e.getMessage());
    }

    @Test
    void invalidSeedIsBadInput() {
        assertThrows(BadInputException.class, () -> PiOptions.of("10", "x").toSpec());
    }

    @Test
    void blockSeedsDifferForNeighbouringSeedsAndBlocks() {
        assertNotEquals(Seeds.forPart(1, 0), Seeds.forPart(2, 0));
        assertNotEquals(Seeds.forPart(1, 0), Seeds.forPart(1, 1));
        // (seed, block) and (seed + 1, block - 1) would collide with a plain seed + block
        assertNotEquals(Seeds.forPart(1, 1), Seeds.forPart(2, 0));
    }

    private Summary run(PiSpec spec, int parts) throws Exception {
        return InProcess.run(new PiWorkload(spec, parts), new PiRunner(), out);
    }
}
