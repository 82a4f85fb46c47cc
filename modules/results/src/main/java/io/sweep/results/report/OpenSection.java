package io.sweep.results.report;

/** How to open the results: each .pvd file, and the ParaView commands that open it. */
final class OpenSection implements Section {
    @Override
    public void write(Html html, ReportData data) {
        html.markup("<section id=\"open\"><h2>Opening the results</h2>");
        if (data.pvds().isEmpty()) {
            html.element("p", "This sweep wrote no .pvd file: its results are in manifest.json, summary.json "
                    + "and each task's directory under tasks/.");
        } else {
            html.element("p", "Each .pvd file is a ParaView collection: one data set per task, in parameter order "
                    + "(the time slider steps through them).");
            html.markup("<ul class=\"pvds\">");
            for (String pvd : data.pvds()) {
                html.markup("<li>").element("a", pvd, "href", Html.href(pvd)).markup("</li>");
            }
            html.markup("</ul>");
            StringBuilder commands = new StringBuilder();
            for (String pvd : data.pvds()) {
                commands.append("paraview ").append(shellQuoted(data.dir().resolve(pvd).toString())).append('\n');
            }
            html.element("pre", commands.toString().strip(), "class", "commands");
        }
        if (!data.dataFiles().isEmpty()) {
            html.markup("<p class=\"data-files\">Tables and records: ");
            for (String file : data.dataFiles()) {
                html.element("a", file, "href", Html.href(file)).markup(" ");
            }
            html.markup("</p>");
        }
        html.markup("</section>");
    }

    /** A path as one POSIX shell word, to copy into a terminal. */
    static String shellQuoted(String text) {
        return text.matches("[A-Za-z0-9_./=+-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
