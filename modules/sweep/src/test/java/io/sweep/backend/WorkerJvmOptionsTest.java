package io.sweep.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sweep.config.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerJvmOptionsTest {
    @Test
    void workersRunC1OnlyWithAHeapSizedFromTheWorkloadAndExtraOptionsLast() {
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:-UsePerfData", "-Djava.awt.headless=true",
                "-XX:TieredStopAtLevel=1", "-XX:Tier3BackEdgeThreshold=6000", "-Xmx139m", "-Dx=1", "-Dy=2"),
                WorkerJvmOptions.of(100L << 20, false, " -Dx=1  -Dy=2 "));
    }

    @Test
    void aWorkloadThatAsksForC2GetsIt() {
        List<String> options = WorkerJvmOptions.of(0, true, null);
        assertFalse(options.stream().anyMatch(o -> o.startsWith("-XX:TieredStopAtLevel")), options::toString);
        assertFalse(options.stream().anyMatch(o -> o.startsWith("-XX:Tier3BackEdgeThreshold")),
                "C2's own thresholds stay: " + options);
        assertTrue(options.stream().noneMatch(o -> o.startsWith("-Xmx")), "no heap estimate, the JVM's default");
    }

    @Test
    void theHeapLeavesTheWorkersOwnCheckRoomAndLargeHeapsGetASmallYoungGeneration() {
        long need = 3000L << 20;
        List<String> options = WorkerJvmOptions.of(need, true, null);
        long xmx = Long.parseLong(options.stream().filter(o -> o.startsWith("-Xmx")).findFirst().orElseThrow()
                .replaceAll("\\D", ""));
        assertTrue(xmx * 29 / 30 >= (need >> 20) + 32, "-Xmx" + xmx + "m: maxMemory (29/30 of it) below the need");
        assertTrue(options.contains("-Xmn128m"), options::toString);
        assertFalse(WorkerJvmOptions.of(100L << 20, false, null).contains("-Xmn128m"), "small heaps keep the default");
    }

    @Test
    void aHeapLargerThanTheMachineIsBadInputUnlessTheUserSetsOne() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> WorkerJvmOptions.checkFits(40_000, 24L << 30, null));
        assertTrue(e.getMessage().contains("39.1 GiB") && e.getMessage().contains("24.0 GiB")
                && e.getMessage().contains("--mesh") && e.getMessage().contains("--mem=49G"), e.getMessage());
        assertDoesNotThrow(() -> WorkerJvmOptions.checkFits(20_000, 24L << 30, null));
        assertDoesNotThrow(() -> WorkerJvmOptions.checkFits(40_000, 24L << 30, "-Xmx30g"));
    }

    @Test
    void smallHeapsGetAtLeast64Megabytes() {
        assertTrue(WorkerJvmOptions.of(1, false, "").contains("-Xmx64m"));
    }
}
