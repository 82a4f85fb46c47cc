package io.sweep.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Text numbers for ASCII .vtu arrays, locale-free: doubles as {@link Double#toString(double)}
 * (the shortest text that parses back to the same bits, so a correctly rounding reader such as
 * VTK's gets the exact value), integers as {@link Integer#toString(int)}. Buffered in chunks.
 */
final class AsciiSink {
    private static final int FLUSH_CHARS = 1 << 16;

    private final OutputStream out;
    private final StringBuilder text = new StringBuilder(FLUSH_CHARS + 64);

    AsciiSink(OutputStream out) {
        this.out = out;
    }

    void number(double value) throws IOException {
        if (!Double.isFinite(value)) {
            // VTK parses ASCII arrays with operator>>, which stops at "NaN" or "Infinity" and
            // silently leaves the rest of the array unread.
            throw new IllegalArgumentException("cannot write " + value
                    + " to an ASCII .vtu (VTK cannot read it back); use a binary encoding");
        }
        text.append(value).append(' ');
        room();
    }

    void number(int value) throws IOException {
        text.append(value).append(' ');
        room();
    }

    void newline() throws IOException {
        text.append('\n');
        room();
    }

    /** Hands everything buffered so far to the stream. */
    void drain() throws IOException {
        out.write(text.toString().getBytes(StandardCharsets.US_ASCII));
        text.setLength(0);
    }

    private void room() throws IOException {
        if (text.length() >= FLUSH_CHARS) {
            drain();
        }
    }
}
