package io.sweep.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A Linux {@code /proc/PID/stat} line, its fields numbered as proc(5) numbers them (1 is the pid,
 * 2 the command name in parentheses, which may hold spaces and ')'; times are in clock ticks of
 * {@value #TICKS_PER_SECOND} per second).
 */
public final class ProcStat {
    /** USER_HZ: the unit of /proc's times, 100 on every Linux architecture Java runs on. */
    public static final double TICKS_PER_SECOND = 100.0;
    private final String[] fromState;

    private ProcStat(String[] fromState) {
        this.fromState = fromState;
    }

    /** The stat line of a file such as {@code /proc/self/stat}; empty where there is no procfs. */
    public static Optional<ProcStat> read(Path stat) {
        try {
            return Optional.of(parse(Files.readString(stat, StandardCharsets.ISO_8859_1)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** @throws IllegalArgumentException when the text is not a stat line */
    public static ProcStat parse(String text) {
        int close = text.lastIndexOf(')');
        if (close < 0 || close + 2 > text.length()) {
            throw new IllegalArgumentException("not a /proc stat line: " + text);
        }
        return new ProcStat(text.substring(close + 2).trim().split(" +"));
    }

    /** Field {@code number} (3 or more) as a number. */
    public long field(int number) {
        return Long.parseLong(fromState[number - 3]);
    }
}
