package io.sweep.workloads.series;

import io.sweep.workloads.OptionValues;
import picocli.CommandLine.Option;

/** The options of {@code --workload series}. */
public final class SeriesOptions {

    @Option(names = "--n", paramLabel = "N", defaultValue = "1000000",
            description = "Series: sum over z = 0 .. N-1 (default: ${DEFAULT-VALUE}).")
    String n = "1000000";

    @Option(names = "--k", paramLabel = "K", defaultValue = "50",
            description = "Series: inner sum over k = 1 .. K+1 of z^(1/k^1.5) (default: ${DEFAULT-VALUE}).")
    String k = "50";

    /** The validated spec; throws BadInputException with one line saying what is accepted. */
    public SeriesSpec toSpec() {
        long zCount = OptionValues.wholeNumber("--n", n, 1, 1_000_000_000_000L);
        int terms = (int) OptionValues.wholeNumber("--k", k, 0, 100_000);
        return new SeriesSpec(zCount, terms);
    }

    public static SeriesOptions of(String n, String k) {
        SeriesOptions options = new SeriesOptions();
        options.n = n;
        options.k = k;
        return options;
    }
}
