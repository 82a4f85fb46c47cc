package io.sweep.workloads.pi;

import io.sweep.workloads.OptionValues;
import picocli.CommandLine.Option;

/** The options of {@code --workload pi}. */
public final class PiOptions {

    @Option(names = "--points", paramLabel = "N", defaultValue = "100000000",
            description = "Random points for the pi estimate (1e8 and 100_000_000 are accepted; "
                    + "default: ${DEFAULT-VALUE}).")
    String points = "100000000";

    @Option(names = "--seed", paramLabel = "SEED",
            description = "Pi: seed of the random points; one seed gives one estimate for any --procs "
                    + "and --mode (default: a fresh seed, printed).")
    String seed;

    /** The validated spec; throws BadInputException with one line saying what is accepted. */
    public PiSpec toSpec() {
        long n = OptionValues.wholeNumber("--points", points, 1, 1_000_000_000_000_000L);
        return new PiSpec(n, OptionValues.seed("--seed", seed), PiSpec.DEFAULT_BLOCK_SIZE);
    }

    public static PiOptions of(String points, String seed) {
        PiOptions options = new PiOptions();
        options.points = points;
        options.seed = seed;
        return options;
    }
}
