package io.sweep.results.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One row per task: parameters, status and failure class, attempts, times, memory, computed
 * values (norms, CG iterations), links to its log and .vtu files. Every column sorts (report.js);
 * a cell's {@code data-sort} holds what it sorts by. Parameter and value columns are the union of
 * what the tasks hold, whatever the workload.
 */
final class TaskTable implements Section {
    /** A column: its heading, whether it sorts as numbers, its value for a task and how it shows. */
    private record Column(String heading, boolean numeric, Function<TaskRow, Object> value,
                          Function<Object, String> format) {
        Column(String heading, boolean numeric, Function<TaskRow, Object> value) {
            this(heading, numeric, value, Format::value);
        }
    }

    @Override
    public void write(Html html, ReportData data) {
        List<Column> columns = columns(data.tasks());
        html.markup("<section id=\"tasks\"><h2>Every task</h2><p class=\"hint\">Click a heading to sort.</p>")
                .markup("<div class=\"scroll\"><table id=\"task-table\" class=\"sortable\"><thead><tr>");
        for (Column column : columns) {
            html.element("th", column.heading(), "data-type", column.numeric() ? "number" : "text");
        }
        html.element("th", "files", "data-type", "text").markup("</tr></thead><tbody>");
        for (TaskRow task : data.tasks()) {
            html.open("tr", "data-key", task.key(), "data-status", task.status().label(), "class",
                    "status-" + task.status().label());
            for (Column column : columns) {
                Object value = column.value().apply(task);
                String text = column.format().apply(value);
                html.element("td", text, "data-sort", value instanceof Number n ? Double.toString(n.doubleValue())
                        : text);
            }
            html.markup("<td>");
            links(html, task);
            html.markup("</td></tr>");
        }
        html.markup("</tbody></table></div></section>");
    }

    private static void links(Html html, TaskRow task) {
        if (task.log() != null) {
            html.element("a", "log", "href", Html.href(task.log()), "class", "log").markup(" ");
        }
        for (String vtu : task.vtus()) {
            html.element("a", vtu.substring(vtu.lastIndexOf('/') + 1), "href", Html.href(vtu), "class", "vtu")
                    .markup(" ");
        }
    }

    private static List<Column> columns(List<TaskRow> tasks) {
        Set<String> parameters = new LinkedHashSet<>();
        Set<String> values = new LinkedHashSet<>();
        for (TaskRow task : tasks) {
            parameters.addAll(task.parameters().keySet());
        }
        for (TaskRow task : tasks) {
            task.values().keySet().stream().filter(v -> !parameters.contains(v)).forEach(values::add);
        }
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("task", false, TaskRow::key));
        for (String name : parameters) {
            columns.add(new Column(name, numeric(tasks, name, true), t -> t.parameters().get(name)));
        }
        columns.add(new Column("status", false, t -> t.status().label()));
        columns.add(new Column("failure", false, TaskRow::failure));
        columns.add(new Column("attempts", true, TaskRow::attempts));
        columns.add(new Column("wall [s]", true, TaskRow::wallSeconds, v -> Format.seconds((Double) v)));
        columns.add(new Column("compute [s]", true, TaskRow::computeSeconds, v -> Format.seconds((Double) v)));
        columns.add(new Column("worker peak RSS [MB]", true, TaskRow::peakRssMb, v -> Format.oneDecimal((Double) v)));
        for (String name : values) {
            columns.add(new Column(name, numeric(tasks, name, false), t -> t.values().get(name), Format::measured));
        }
        columns.add(new Column("reason", false, TaskRow::reason));
        return columns;
    }

    /** Whether every task that has the field holds a number there. */
    private static boolean numeric(List<TaskRow> tasks, String name, boolean parameter) {
        return tasks.stream().map(t -> (parameter ? t.parameters() : t.values()).get(name))
                .allMatch(v -> v == null || v instanceof Number);
    }
}
