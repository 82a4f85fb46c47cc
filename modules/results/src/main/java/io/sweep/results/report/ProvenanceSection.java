package io.sweep.results.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What was run, where, by whom and when: the manifest's header and its {@code provenance}. */
final class ProvenanceSection implements Section {
    @Override
    public void write(Html html, ReportData data) {
        Map<String, Object> header = data.header();
        Map<String, Object> provenance = Fields.map(header, "provenance");
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("command", provenance.get("command_line"));
        shown.put("working directory", provenance.get("working_directory"));
        shown.put("output directory", data.dir().toString());
        shown.put("workload", header.get("workload"));
        shown.put("backend", header.get("backend"));
        shown.put("status", header.get("status"));
        shown.put("version", header.get("version"));
        shown.put("git commit", provenance.get("git_commit"));
        shown.put("java", header.get("java"));
        shown.put("host", header.get("host"));
        shown.put("user", provenance.get("user"));
        shown.put("pid", header.get("pid"));
        Instant started = Fields.instant(header, "started");
        Instant ended = Fields.instant(header, "ended");
        shown.put("started", header.get("started"));
        shown.put("ended", ended == null ? "not yet (the report was made at " + data.readAt() + ")" : ended);
        if (started != null) {
            shown.put(ended == null ? "running for" : "wall", Format.duration(started, ended == null ? data.readAt()
                    : ended));
        }
        html.markup("<section id=\"provenance\"><h2>Provenance</h2>");
        KeyValues.write(html, shown);
        html.markup("</section>");
    }
}
