package io.sweep.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Numbers in VTK's binary layout (little-endian, whatever the platform) written through a
 * fixed-size buffer: {@link java.io.DataOutputStream} is big-endian, so it cannot be used.
 */
final class LittleEndianSink {
    private static final int BUFFER_BYTES = 1 << 16;

    private final OutputStream out;
    private final ByteBuffer buffer =
            ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);

    LittleEndianSink(OutputStream out) {
        this.out = out;
    }

    void putDouble(double value) throws IOException {
        room(Double.BYTES);
        buffer.putDouble(value);
    }

    void putLong(long value) throws IOException {
        room(Long.BYTES);
        buffer.putLong(value);
    }

    void putInt(int value) throws IOException {
        room(Integer.BYTES);
        buffer.putInt(value);
    }

    void putByte(byte value) throws IOException {
        room(1);
        buffer.put(value);
    }

    /**
     * values[from, to) in bulk: the buffer's little-endian view copies them (a plain copy on
     * little-endian machines), instead of one checked put per value, which was most of the
     * time of a 277 MB .vtu at n = 2048 and of a cold worker's write.
     */
    void putDoubles(double[] values, int from, int to) throws IOException {
        bulk(from, to, Double.BYTES, (i, n) -> buffer.asDoubleBuffer().put(values, i, n));
    }

    /** values[from, to) in bulk, as {@link #putDoubles}. */
    void putInts(int[] values, int from, int to) throws IOException {
        bulk(from, to, Integer.BYTES, (i, n) -> buffer.asIntBuffer().put(values, i, n));
    }

    /** Copies n values from index i into the buffer at its position (a view of it). */
    @FunctionalInterface
    private interface Copy {
        void copy(int i, int n);
    }

    /** Copies [from, to) a buffer-full at a time, each value {@code bytes} long. */
    private void bulk(int from, int to, int bytes, Copy copy) throws IOException {
        for (int i = from; i < to; ) {
            room(bytes);
            int n = Math.min(to - i, buffer.remaining() / bytes);
            copy.copy(i, n);
            buffer.position(buffer.position() + n * bytes);
            i += n;
        }
    }

    /** The same byte {@code count} times. */
    void putBytes(byte value, long count) throws IOException {
        for (long left = count; left > 0; ) {
            room(1);
            int n = (int) Math.min(left, buffer.remaining());
            int at = buffer.position();
            java.util.Arrays.fill(buffer.array(), at, at + n, value);
            buffer.position(at + n);
            left -= n;
        }
    }

    /** Hands everything buffered so far to the stream (the stream itself is not flushed). */
    void drain() throws IOException {
        out.write(buffer.array(), 0, buffer.position());
        buffer.clear();
    }

    private void room(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            drain();
        }
    }
}
