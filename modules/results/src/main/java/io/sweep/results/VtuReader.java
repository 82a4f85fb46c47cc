package io.sweep.results;

import java.io.IOException;
import java.nio.file.Path;

/** Reads back the .vtu files that {@link VtuWriter} writes, in any of its encodings. */
public final class VtuReader {
    private VtuReader() {
    }

    /** The point data array {@code u} of a .vtu file written by {@link VtuWriter}. */
    public static double[] readPointData(Path file) throws IOException {
        throw new UnsupportedOperationException("results: not built yet (issue 4)");
    }
}
