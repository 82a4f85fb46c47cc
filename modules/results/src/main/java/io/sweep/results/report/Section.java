package io.sweep.results.report;

/** One part of the page, written from the data; it writes nothing when it has nothing to show. */
interface Section {
    void write(Html html, ReportData data);
}
