package io.sweep.results.report;

import java.util.List;

/**
 * The sweep's plots (its top-level PNGs: norms.png, convergence.png, ...) and, when the mesh was
 * swept, the convergence table (convergence.csv, with whatever columns it has).
 */
final class PlotsSection implements Section {
    @Override
    public void write(Html html, ReportData data) {
        if (data.plots().isEmpty() && data.convergence().isEmpty()) {
            return;
        }
        html.markup("<section id=\"plots\"><h2>Plots</h2><div class=\"plots\">");
        for (Picture plot : data.plots()) {
            html.markup("<figure>").image(plot, "alt", plot.path(), "class", "plot")
                    .open("figcaption").element("a", plot.path(), "href", Html.href(plot.path()))
                    .close("figcaption").markup("</figure>");
        }
        html.markup("</div>");
        data.convergence().ifPresent(table -> {
            html.markup("<h3>Convergence</h3><div class=\"scroll\"><table id=\"convergence\" class=\"sortable\">")
                    .markup("<thead><tr>");
            for (String column : table.columns()) {
                html.element("th", column, "data-type", numeric(table.rows(), table.columns().indexOf(column))
                        ? "number" : "text");
            }
            html.markup("</tr></thead><tbody>");
            for (List<String> row : table.rows()) {
                html.markup("<tr>");
                row.forEach(cell -> html.element("td", cell, "data-sort", cell));
                html.markup("</tr>");
            }
            html.markup("</tbody></table></div>").open("p").element("a", table.file(), "href",
                    Html.href(table.file())).close("p");
        });
        html.markup("</section>");
    }

    private static boolean numeric(List<List<String>> rows, int column) {
        for (List<String> row : rows) {
            if (column < row.size() && !row.get(column).isEmpty()) {
                try {
                    Double.parseDouble(row.get(column));
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
