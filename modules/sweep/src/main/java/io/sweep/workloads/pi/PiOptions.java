package io.sweep.workloads.pi;

import io.sweep.workloads.OptionValues;
import io.sweep.workloads.SeedOption;
import picocli.CommandLine.Option;

/** The options of {@code --workload pi}. */
public final class PiOptions {

    @Option(names = "--points", paramLabel = "N", defaultValue = "100000000",
            description = "Random points for the pi estimate (1e8 and 100_000_000 are accepted; "
                    + "default: ${DEFAULT-VALUE}).")
    String points = "100000000";

    /** The validated spec; throws BadInputException with one line saying what is accepted. */
    public PiSpec toSpec(SeedOption seed) {
        long n = OptionValues.wholeNumber("--points", points, 1, 1_000_000_000_000_000L);
        return new PiSpec(n, seed.resolve(), PiSpec.DEFAULT_BLOCK_SIZE);
    }

    public static PiOptions of(String points) {
        PiOptions options = new PiOptions();
        options.points = points;
        return options;
    }
}
