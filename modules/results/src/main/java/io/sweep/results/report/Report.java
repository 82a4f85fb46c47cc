package io.sweep.results.report;

import io.sweep.results.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;

/** {@code report.html}: (re)built from what an output directory holds, written atomically. */
public final class Report {
    public static final String FILE_NAME = "report.html";

    private Report() {
    }

    /**
     * Reads the directory and writes its report; returns the file written.
     *
     * @throws ReportInputException when the directory holds no readable manifest.json
     */
    public static Path write(Path outDir) throws IOException {
        ReportData data = ReportData.read(outDir);
        Path file = data.dir().resolve(FILE_NAME);
        AtomicFiles.writeString(file, ReportPage.render(data));
        return file;
    }
}
