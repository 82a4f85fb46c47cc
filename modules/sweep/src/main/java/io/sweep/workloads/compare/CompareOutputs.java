package io.sweep.workloads.compare;

import io.sweep.results.AtomicFiles;
import io.sweep.results.Json;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a comparison's {@code compare.json} and {@code compare.png}, each atomically. */
public final class CompareOutputs {
    public static final String JSON_FILE = "compare.json";
    public static final String PNG_FILE = "compare.png";

    private CompareOutputs() {
    }

    public static void write(Path dir, CompareReport report) throws IOException {
        AtomicFiles.writeString(dir.resolve(JSON_FILE), Json.writePretty(report.toJson()));
        ComparePlot.write(dir.resolve(PNG_FILE), report);
    }
}
