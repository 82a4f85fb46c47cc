package io.sweep.cli.args;

import java.util.List;

/** Options shown together in help, under a heading (none for a command's own options). */
public record Section(String heading, List<Option> options) {
    public Section {
        options = List.copyOf(options);
    }
}
