package io.sweep.results.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Each failed task: its class, its reason and the end of its task.log, so the page says why. */
final class FailuresSection implements Section {
    /** Lines of a failed task's log shown. */
    static final int LOG_LINES = 15;

    @Override
    public void write(Html html, ReportData data) {
        List<TaskRow> failed = data.tasks().stream().filter(t -> t.status() == TaskStatus.FAILED).toList();
        if (failed.isEmpty()) {
            return;
        }
        html.markup("<section id=\"failures\"><h2>Failures</h2>");
        for (TaskRow task : failed) {
            html.open("div", "class", "failure-entry", "data-key", task.key()).open("h3").text(task.key())
                    .text(task.failure() == null ? "" : " (" + task.failure() + ")").close("h3");
            html.element("p", task.reason() == null ? "no reason recorded" : task.reason(), "class", "reason");
            if (task.log() != null) {
                html.open("p").element("a", task.log(), "href", Html.href(task.log())).text(", last lines:")
                        .close("p").element("pre", tail(data.dir().resolve(task.log())), "class", "log-tail");
            }
            html.close("div");
        }
        html.markup("</section>");
    }

    private static String tail(Path log) {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(cannot read the log: " + e.getMessage() + ")";
        }
    }
}
