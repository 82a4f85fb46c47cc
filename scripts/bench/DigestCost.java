import java.security.MessageDigest;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * What a digest of one u.vtu (4.34 MB at n=256) costs in a fresh JVM, as a worker computes it:
 * first use, in 64 KiB updates (the writers' buffer size). Run by scripts/bench-digest.sh under
 * each JIT setting. Prints "name first-ms repeat-ms" per digest.
 */
public class DigestCost {
    public static void main(String[] args) throws Exception {
        byte[] data = new byte[4_342_899];
        new Random(1).nextBytes(data);
        String only = args.length > 0 ? args[0] : null;
        for (String name : new String[] {"SHA-256", "CRC32C", "CRC32", "Adler32"}) {
            if (only != null && !only.equals(name)) {
                continue;
            }
            long t0 = System.nanoTime();
            digest(name, data);
            long t1 = System.nanoTime();
            digest(name, data);
            long t2 = System.nanoTime();
            System.out.printf("%s %.2f %.2f%n", name, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        }
    }

    static long digest(String name, byte[] data) throws Exception {
        if (name.equals("SHA-256")) {
            MessageDigest md = MessageDigest.getInstance(name);
            for (int at = 0; at < data.length; at += 65536) {
                md.update(data, at, Math.min(65536, data.length - at));
            }
            return md.digest()[0];
        }
        Checksum sum = name.equals("CRC32C") ? new CRC32C() : name.equals("CRC32") ? new CRC32() : new Adler32();
        for (int at = 0; at < data.length; at += 65536) {
            sum.update(data, at, Math.min(65536, data.length - at));
        }
        return sum.getValue();
    }
}
