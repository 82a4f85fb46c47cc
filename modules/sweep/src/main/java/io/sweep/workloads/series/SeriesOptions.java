package io.sweep.workloads.series;

import io.sweep.workloads.OptionValues;
import io.sweep.cli.args.Option;
import io.sweep.workloads.WorkloadOptions;

import java.util.List;

/** The options of {@code --workload series}. */
public final class SeriesOptions implements WorkloadOptions {

    String n;
    String k;

    @Override
    public List<Option> options() {
        return List.of(
                Option.value("--n", "N", "Sum over z = 0 .. N-1.", v -> n = v).byDefault("1000000"),
                Option.value("--k", "K", "Inner sum over k = 1 .. K+1 of z^(1/k^1.5).", v -> k = v).byDefault("50"));
    }

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
