package io.sweep.results.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The whole page: one file with its style and script inline and its pictures as data URIs, so it
 * opens anywhere (after scp, from a shared filesystem) without a network or another file.
 */
final class ReportPage {
    private static final List<Section> SECTIONS = List.of(new ProvenanceSection(), new DesignSection(),
            new CountsSection(), new TaskTable(), new FailuresSection(), new TimelineSection(), new PlotsSection(),
            new GallerySection(), new OpenSection());

    private ReportPage() {
    }

    static String render(ReportData data) {
        Html html = new Html();
        String title = "sweep report: " + data.dir().getFileName();
        html.markup("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .element("title", title).markup("<style>").markup(resource("report.css")).markup("</style></head>")
                .markup("<body><header>").element("h1", title)
                .open("p", "class", "subtitle").text("Made " + data.readAt() + " from ").element("code",
                        data.dir().toString(), "id", "out-dir").close("p").markup("</header><main>");
        for (Section section : SECTIONS) {
            section.write(html, data);
        }
        html.markup("</main><script>").markup(resource("report.js")).markup("</script></body></html>\n");
        return html.toString();
    }

    /** A file of this package's resources (the page's style and script): ours, never user data. */
    private static String resource(String name) {
        try (InputStream in = ReportPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the results jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
