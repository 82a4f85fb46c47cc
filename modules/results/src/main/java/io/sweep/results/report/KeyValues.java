package io.sweep.results.report;

import java.util.Map;

/** A definition list of names and values: the provenance, the problem, the design. */
final class KeyValues {
    private KeyValues() {
    }

    static void write(Html html, Map<String, ?> entries) {
        html.open("dl", "class", "kv");
        entries.forEach((name, value) -> {
            if (value != null && !Format.value(value).isEmpty()) {
                html.element("dt", name).open("dd", "data-name", name).text(Format.value(value)).close("dd");
            }
        });
        html.close("dl");
    }
}
