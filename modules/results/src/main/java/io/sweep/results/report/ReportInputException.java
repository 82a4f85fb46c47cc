package io.sweep.results.report;

import java.io.IOException;

/** The output directory cannot be reported on: its manifest.json is missing or is not a sweep's manifest. */
public final class ReportInputException extends IOException {
    public ReportInputException(String message) {
        super(message);
    }
}
