package io.sweep.results.report;

/** The problem solved (the manifest's {@code problem}) and the design swept (its {@code parameters}). */
final class DesignSection implements Section {
    @Override
    public void write(Html html, ReportData data) {
        html.markup("<section id=\"design\"><h2>Problem and design</h2><div class=\"columns\"><div><h3>Problem</h3>");
        KeyValues.write(html, Fields.map(data.header(), "problem"));
        html.markup("</div><div><h3>Parameters</h3>");
        KeyValues.write(html, Fields.map(data.header(), "parameters"));
        html.markup("</div></div></section>");
    }
}
