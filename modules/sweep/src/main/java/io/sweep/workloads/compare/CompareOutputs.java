package io.sweep.workloads.compare;

import io.sweep.results.AtomicFiles;
import com.fasterxml.jackson.jr.ob.JSON;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a comparison's {@code compare.json} and {@code compare.png}, each atomically. */
public final class CompareOutputs {
    public static final String JSON_FILE = "compare.json";
    public static final String PNG_FILE = "compare.png";

    private CompareOutputs() {
    }

    public static void write(Path dir, CompareReport report) throws IOException {
        AtomicFiles.write(dir.resolve(JSON_FILE),
                JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT, JSON.Feature.WRITE_NULL_PROPERTIES).asBytes(report.toJson()));
        ComparePlot.write(dir.resolve(PNG_FILE), report);
    }
}
