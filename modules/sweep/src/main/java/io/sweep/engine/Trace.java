package io.sweep.engine;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Start-up and phase timings on stderr when {@code SWEEP_TRACE} is set, to see where a sweep's
 * time goes, in the parent and in each worker (workers inherit the variable). Each line gives the
 * wall time since the process started (as the OS recorded it), the process's CPU time so far
 * (every thread, from {@code /proc/self/stat}, 10 ms ticks) and the calling thread's (from its
 * {@code schedstat}, nanoseconds). {@link #threads} adds each live thread's CPU: compiler threads,
 * GC, the main thread. Off by default, and then free: no file is read.
 */
public final class Trace {
    private static final boolean ON = System.getenv("SWEEP_TRACE") != null;
    private static final Path SELF = Path.of("/proc/self");
    private static final Instant START = ON ? started() : null;
    /** The process's own stderr, even while a worker has System.err pointing at a task log. */
    private static final PrintStream ERR = ON ? new PrintStream(new FileOutputStream(FileDescriptor.err), true,
            StandardCharsets.UTF_8) : null;

    private Trace() {
    }

    public static boolean on() {
        return ON;
    }

    public static void mark(String what) {
        if (ON) {
            ERR.println(String.format(Locale.ROOT, "trace %6d ms  cpu %6d ms  thread %6.1f ms  %s",
                    Duration.between(START, Instant.now()).toMillis(), processCpuMillis(),
                    schedstatMillis(Path.of("/proc/thread-self/schedstat")), what));
        }
    }

    /** This process's command line, NUL-separated arguments shown one per tab, to replay it. */
    public static void command(String who) {
        if (ON) {
            ERR.println("trace command of " + who + ":\t" + read(SELF.resolve("cmdline")).replace('\0', '\t').strip());
        }
    }

    /** One line per live thread of this process: its name and CPU time so far. */
    public static void threads(String who) {
        if (!ON) {
            return;
        }
        StringBuilder line = new StringBuilder("trace threads of ").append(who).append(':');
        try (Stream<Path> tasks = Files.list(SELF.resolve("task"))) {
            for (Path task : (Iterable<Path>) tasks.sorted()::iterator) {
                double ms = schedstatMillis(task.resolve("schedstat"));
                if (ms >= 0.05) {
                    line.append(String.format(Locale.ROOT, " [%s] %.1f ms;",
                            read(task.resolve("comm")).strip(), ms));
                }
            }
        } catch (IOException e) {
            line.append(" unavailable (").append(e.getMessage()).append(')');
        }
        ERR.println(line);
    }

    /**
     * When this process started, to 10 ms: its start in clock ticks after boot against the time
     * since boot ({@code ProcessHandle.Info.startInstant} adds the boot time in whole seconds,
     * which makes it up to a second early).
     */
    private static Instant started() {
        Instant now = Instant.now();
        Optional<ProcStat> stat = ProcStat.read(SELF.resolve("stat"));
        String uptime = read(Path.of("/proc/uptime"));
        if (stat.isEmpty() || uptime.isEmpty()) {
            return ProcessHandle.current().info().startInstant().orElse(now);
        }
        double sinceBoot = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
        double age = sinceBoot - stat.get().field(22) / ProcStat.TICKS_PER_SECOND;
        return now.minusMillis(Math.round(age * 1000));
    }

    /** utime + stime of the whole process, in ms; -1 without procfs. */
    private static long processCpuMillis() {
        return ProcStat.read(SELF.resolve("stat"))
                .map(stat -> Math.round((stat.field(14) + stat.field(15)) * 1000 / ProcStat.TICKS_PER_SECOND)).orElse(-1L);
    }

    /** The first field of a schedstat file: time on a CPU, in ns; shown in ms. */
    private static double schedstatMillis(Path schedstat) {
        String text = read(schedstat);
        int space = text.indexOf(' ');
        return space < 0 ? -1 : Long.parseLong(text.substring(0, space)) / 1e6;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }
}
