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
