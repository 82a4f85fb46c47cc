package io.sweep.workloads;

import io.sweep.cli.args.Arguments;

import java.util.List;
import java.util.Map;

/** A workload's options as an empty command line leaves them: every declared default applied. */
public final class Defaults {
    private Defaults() {
    }

    public static <O extends WorkloadOptions> O of(O options) {
        new Arguments(options.options(), "see the test").parse(List.of(), Map.of(), false);
        return options;
    }
}
