package io.sweep.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Bulk copies write the same bytes as one put per value, across buffer boundaries. */
class LittleEndianSinkTest {

    @Test
    void bulkCopiesEqualOnePutPerValue() throws IOException {
        int n = 50_000; // 400 KB of doubles: several 64 KB buffers, an odd number of values at the end
        double[] doubles = new double[n];
        int[] ints = new int[n];
        for (int i = 0; i < n; i++) {
            doubles[i] = Math.sin(i) * 1e-3 * i;
            ints[i] = i * 7919 - 3;
        }
        ByteArrayOutputStream one = new ByteArrayOutputStream(), bulk = new ByteArrayOutputStream();
        LittleEndianSink a = new LittleEndianSink(one), b = new LittleEndianSink(bulk);
        a.putByte((byte) 1); // misaligned start
        b.putByte((byte) 1);
        for (int i = 3; i < n; i++) {
            a.putDouble(doubles[i]);
        }
        for (int i = 0; i < n - 5; i++) {
            a.putInt(ints[i]);
        }
        for (int i = 0; i < 70_001; i++) {
            a.putByte((byte) 5);
        }
        b.putDoubles(doubles, 3, n);
        b.putInts(ints, 0, n - 5);
        b.putBytes((byte) 5, 70_001);
        a.drain();
        b.drain();
        assertArrayEquals(one.toByteArray(), bulk.toByteArray());
    }
}
