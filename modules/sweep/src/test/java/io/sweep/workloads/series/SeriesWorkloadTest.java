package io.sweep.workloads.series;

import io.sweep.config.BadInputException;
import io.sweep.engine.Summary;
import io.sweep.workloads.Defaults;
import io.sweep.workloads.InProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeriesWorkloadTest {
    /** What the seminar printed for N = 1e6, K = 50 ("Result =  500172313292.345"). */
    private static final double SEMINAR_RESULT = 500172313292.345;

    @TempDir
    Path out;

    @Test
    void matchesTheSeminarsValueToOneInTenToTheTwelve() throws Exception {
        Summary summary = InProcess.run(new SeriesWorkload(new SeriesSpec(1_000_000, 50), 2),
                new SeriesRunner(), out);
        double result = (double) summary.result().get("result");
        assertEquals(SEMINAR_RESULT, result, SEMINAR_RESULT * 1e-12);
        assertTrue(summary.lines().get(0).startsWith("Result =  500172313292.3"), summary.lines().get(0));
    }

    @Test
    void expOfScaledLogAgreesWithPowTermByTerm() {
        SeriesKernel kernel = new SeriesKernel(50);
        for (long z : new long[] {1, 2, 3, 10, 12_345, 999_999}) {
            double byPow = 0;
            for (int k = 1; k <= 51; k++) {
                byPow += Math.pow(z, 1.0 / Math.pow(k, 1.5));
            }
            assertEquals(byPow, kernel.term(z), byPow * 1e-14, "z = " + z);
        }
    }

    @Test
    void zeroContributesNothingAsInPythonAndOneContributesKPlusOne() {
        SeriesKernel kernel = new SeriesKernel(50);
        assertEquals(0.0, kernel.term(0));
        assertEquals(51.0, kernel.term(1));
        assertEquals(1.0, new SeriesKernel(0).term(1));
        assertEquals(6.0, new SeriesKernel(0).sum(0, 4)); // K = 0: z^1 summed over z = 0..3
    }

    @ParameterizedTest
    @CsvSource({"1", "3", "7"})
    void chunkingOverTasksChangesOnlyTheRoundingOfTheSum(int parts) throws Exception {
        double whole = new SeriesKernel(50).sum(0, 200_000);
        Summary summary = InProcess.run(new SeriesWorkload(new SeriesSpec(200_000, 50), parts),
                new SeriesRunner(), out);
        assertEquals(whole, (double) summary.result().get("result"), whole * 1e-14);
        assertEquals(200_000L, ((Number) summary.result().get("z_summed")).longValue());
    }

    @Test
    void defaultsAreTheSeminars() {
        assertEquals(new SeriesSpec(1_000_000, 50), Defaults.of(new SeriesOptions()).toSpec());
    }

    @Test
    void invalidValuesAreBadInput() {
        assertThrows(BadInputException.class, () -> SeriesOptions.of("0", "50").toSpec());
        assertThrows(BadInputException.class, () -> SeriesOptions.of("1e6", "-1").toSpec());
        BadInputException e = assertThrows(BadInputException.class, () -> SeriesOptions.of("many", "50").toSpec());
        assertEquals("--n 'many' is not a whole number: use a whole number from 1 to 1e12", e.getMessage());
    }
}
