package io.sweep.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes a ParaView collection (.pvd) with one DataSet per entry, sorted by timestep. */
public final class PvdWriter {
    private PvdWriter() {
    }

    /** Writes (or atomically rewrites) the collection. */
    public static void write(Path pvd, List<PvdEntry> entries) throws IOException {
        throw new UnsupportedOperationException("results: not built yet (issue 4)");
    }
}
