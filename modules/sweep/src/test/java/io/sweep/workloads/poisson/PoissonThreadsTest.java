package io.sweep.workloads.poisson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default of --threads: the CPUs left over when fewer tasks than CPUs run at once. */
class PoissonThreadsTest {

    @ParameterizedTest(name = "{0} CPUs, {1} tasks, --procs {2}: {3} threads")
    @CsvSource({
        "2, 1, 2, 2",
        "2, 4, 2, 1",
        "8, 3, 8, 2",
        "8, 4, 1, 8",
        "8, 8, 8, 1",
        "1, 1, 1, 1",
        "4, 0, 4, 4",
    })
    void sharesTheCpusLeftOver(int cpus, int tasks, int procs, int expected) {
        assertEquals(expected, PoissonWorkload.defaultThreads(cpus, tasks, procs));
    }
}
