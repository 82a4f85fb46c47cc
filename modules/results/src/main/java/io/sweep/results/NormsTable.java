package io.sweep.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The table of norms: {@code norms.csv} (header {@code alpha,l2_dofs,L2,H1_semi,min,max,...},
 * full precision) and the same data as {@code norms.json}. Rows sorted by α.
 */
public final class NormsTable {
    private NormsTable() {
    }

    public static void writeCsv(Path file, List<NormsRow> rows) throws IOException {
        throw new UnsupportedOperationException("results: not built yet (issue 4)");
    }

    public static void writeJson(Path file, List<NormsRow> rows) throws IOException {
        throw new UnsupportedOperationException("results: not built yet (issue 4)");
    }
}
