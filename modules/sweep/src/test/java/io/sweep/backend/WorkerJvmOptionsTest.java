package io.sweep.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerJvmOptionsTest {
    @Test
    void workersRunC1OnlyWithAHeapSizedFromTheWorkloadAndExtraOptionsLast() {
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:-UsePerfData", "-Djava.awt.headless=true",
                "-XX:TieredStopAtLevel=1", "-Xmx132m", "-Dx=1", "-Dy=2"),
                WorkerJvmOptions.of(100L << 20, false, " -Dx=1  -Dy=2 "));
    }

    @Test
    void aWorkloadThatAsksForC2GetsIt() {
        List<String> options = WorkerJvmOptions.of(0, true, null);
        assertFalse(options.stream().anyMatch(o -> o.startsWith("-XX:TieredStopAtLevel")), options::toString);
        assertTrue(options.stream().noneMatch(o -> o.startsWith("-Xmx")), "no heap estimate, the JVM's default");
    }

    @Test
    void smallHeapsGetAtLeast64Megabytes() {
        assertTrue(WorkerJvmOptions.of(1, false, "").contains("-Xmx64m"));
    }
}
