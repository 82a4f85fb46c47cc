package io.sweep.results.report;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** How many tasks ended how: done, kept, failed (by class), interrupted, and what is still to come. */
final class CountsSection implements Section {
    @Override
    public void write(Html html, ReportData data) {
        Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
        Map<String, Integer> failures = new TreeMap<>();
        for (TaskRow task : data.tasks()) {
            counts.merge(task.status(), 1, Integer::sum);
            if (task.status() == TaskStatus.FAILED) {
                failures.merge(task.failure() == null ? "unclassified" : task.failure(), 1, Integer::sum);
            }
        }
        html.markup("<section id=\"counts\"><h2>Tasks</h2><ul class=\"counts\">");
        html.open("li", "data-count", "total").element("b", data.tasks().size()).text(" tasks").close("li");
        for (TaskStatus status : TaskStatus.values()) {
            int n = counts.getOrDefault(status, 0);
            if (n > 0 || status == TaskStatus.DONE || status == TaskStatus.FAILED) {
                html.open("li", "class", "status-" + status.label(), "data-count", status.label())
                        .element("b", n).text(" " + status.label()).close("li");
            }
        }
        html.markup("</ul>");
        if (!failures.isEmpty()) {
            html.markup("<p>Failed by class: ");
            failures.forEach((failure, n) -> html.open("span", "class", "failure", "data-failure", failure)
                    .text(failure + ": " + n).close("span").markup(" "));
            html.markup("</p>");
        }
        html.markup("</section>");
    }
}
