package io.sweep.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code norms.png}: each norm against α, one panel per norm. Headless. */
public final class NormsPlot {
    private NormsPlot() {
    }

    public static void write(Path png, List<NormsRow> rows) throws IOException {
        throw new UnsupportedOperationException("results: not built yet (issue 4)");
    }
}
