package io.sweep.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes a file so that it is either absent, its previous version, or complete: the content goes
 * to a temporary name in the same directory, is forced to disk, then renamed into place. A crash,
 * a kill or a full disk never leaves a half-written file under the final name.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Body body) throws IOException {
        throw new UnsupportedOperationException("results: not built yet (issue 4)");
    }

    public static void writeString(Path target, String content) throws IOException {
        throw new UnsupportedOperationException("results: not built yet (issue 4)");
    }

    /** Lower-case hex SHA-256 of a file's content. */
    public static String sha256(Path file) throws IOException {
        throw new UnsupportedOperationException("results: not built yet (issue 4)");
    }
}
