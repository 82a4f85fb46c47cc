package io.sweep.workloads.compare;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpuClockTest {

    @Test
    void readsCutimePlusCstimeEvenWhenTheCommandNameHasSpacesAndParentheses() {
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 200 0 0 350 40 1200 34 20 0 30 0";
        assertEquals(1234, CpuClock.parseChildrenTicks(stat));
    }

    @Test
    void countsTheCpuOfAWaitedForChild() throws Exception {
        if (!Files.isReadable(Path.of("/proc/self/stat"))) {
            throw new AssertionError("this test needs Linux /proc");
        }
        double before = CpuClock.childrenSeconds().orElseThrow();
        // A child that burns about 0.3 s of CPU, then is waited for.
        Process busy = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 150000 ]; do i=$((i+1)); done")
                .inheritIO().start();
        assertTrue(busy.waitFor(60, TimeUnit.SECONDS));
        double used = CpuClock.childrenSeconds().orElseThrow() - before;
        assertTrue(used >= 0.05, "the child's CPU time shows up: " + used + " s");
    }
}
