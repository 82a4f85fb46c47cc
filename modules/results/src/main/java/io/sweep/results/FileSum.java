package io.sweep.results;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * A file's size and CRC32C, as a result record keeps them so that resume can tell an intact
 * output from a truncated, half-written or bit-rotten one. Resume needs that corruption
 * detection, not a cryptographic hash: whoever can edit an output can edit its record too. CRC32C
 * (Castagnoli) detects every burst error up to 32 bits and misses a random corruption with
 * probability 2^-32, and the JDK computes it with the CPU's crc32 instruction in every tier,
 * interpreted and C1 included: 0.4 ms for a 4.3 MB u.vtu, where SHA-256 (whose intrinsic is
 * C2-only) took 65-110 ms in a C1-only worker (scripts/bench-digest.sh). The writers compute it in
 * the pass that writes the file ({@link AtomicFiles#write}), so a worker never reads its output
 * back.
 *
 * @param bytes  the file's size
 * @param crc32c its CRC32C, 8 lower-case hex digits
 */
public record FileSum(long bytes, String crc32c) {
    private static final int BUFFER_BYTES = 1 << 16;

    /** Reads {@code file} and sums it. */
    public static FileSum of(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        long bytes = 0;
        byte[] buffer = new byte[BUFFER_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
                bytes += n;
            }
        }
        return new FileSum(bytes, hex(crc.getValue()));
    }

    private static String hex(long crc) {
        String digits = Long.toHexString(crc);
        return "0".repeat(8 - digits.length()) + digits;
    }

    /** A stream that sums and counts what passes through it on the way to another. */
    static final class Summing extends FilterOutputStream {
        private final CRC32C crc = new CRC32C();
        private long bytes;

        Summing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            crc.update(b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            crc.update(b, off, len);
            bytes += len;
        }

        FileSum sum() {
            return new FileSum(bytes, hex(crc.getValue()));
        }
    }
}
