package io.sweep.results.report;

/** The field pictures ({@code fields/<task key>.png}), each captioned with its task's parameters. */
final class GallerySection implements Section {
    @Override
    public void write(Html html, ReportData data) {
        if (data.fields().isEmpty()) {
            return;
        }
        html.markup("<section id=\"fields\"><h2>Fields</h2><div class=\"gallery\">");
        for (Picture field : data.fields()) {
            String caption = data.task(field.stem()).map(t -> Format.value(t.parameters())).filter(s -> !s.isEmpty())
                    .orElse(field.stem());
            html.markup("<figure>").image(field, "alt", caption)
                    .open("figcaption").element("a", caption, "href", Html.href(field.path())).close("figcaption")
                    .markup("</figure>");
        }
        html.markup("</div>");
        if (!data.moreFields().isEmpty()) {
            html.open("p", "class", "more-fields").text(data.fields().size() + " of "
                    + (data.fields().size() + data.moreFields().size()) + " pictures shown, spread over the sweep; "
                    + "the others, next to this page in fields/: ");
            for (String path : data.moreFields()) {
                html.element("a", path.substring(path.lastIndexOf('/') + 1), "href", Html.href(path)).markup(" ");
            }
            html.close("p");
        }
        html.markup("</section>");
    }
}
