package io.sweep.workloads.compare;

import io.sweep.engine.ProcStat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * CPU time of the child processes this JVM has waited for, with all their own waited-for
 * descendants: Linux's {@code cutime + cstime} from {@code /proc/self/stat}, in seconds. A mode
 * run as one child command therefore counts its parent JVM, its worker JVMs, their JIT and GC
 * threads, everything the run cost; resolution is one clock tick (10 ms). Empty where there is
 * no /proc (macOS, Windows).
 */
public final class CpuClock {
    private CpuClock() {
    }

    public static OptionalDouble childrenSeconds() {
        return childrenSeconds(Path.of("/proc/self/stat"));
    }

    static OptionalDouble childrenSeconds(Path stat) {
        try {
            return OptionalDouble.of(parseChildrenTicks(Files.readString(stat)) / ProcStat.TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
    }

    /** cutime + cstime, fields 16 and 17; the command name (field 2) may hold spaces and ')'. */
    static long parseChildrenTicks(String stat) {
        ProcStat fields = ProcStat.parse(stat);
        return fields.field(16) + fields.field(17);
    }
}
