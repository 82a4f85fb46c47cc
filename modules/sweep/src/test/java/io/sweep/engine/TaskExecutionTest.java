package io.sweep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TaskExecutionTest {
    @Test
    void peakResidentSetIsReadFromTheVmHwmLine() {
        String status = "Name:\tjava\nVmPeak:\t 3866116 kB\nVmHWM:\t   80352 kB\nVmRSS:\t   80000 kB\n";
        assertEquals(80352L * 1024, TaskExecution.vmHwmBytes(status));
        assertEquals(7L * 1024, TaskExecution.vmHwmBytes("VmHWM:\t7 kB"));
        assertEquals(0, TaskExecution.vmHwmBytes("Name:\tjava\nVmRSS:\t 1 kB\n"));
    }

    @Test
    void thisProcessHasAPeakResidentSet() {
        assertTrue(Files.isReadable(Path.of("/proc/self/status")), "the tests run on Linux, as CI does");
        long bytes = TaskExecution.peakRssBytes();
        assertTrue(bytes > 1 << 20 && bytes < 64L << 30, "VmHWM " + bytes);
    }
}
