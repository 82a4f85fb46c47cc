package io.sweep.workloads.pi;

import io.sweep.workloads.OptionValues;
import io.sweep.cli.args.Option;
import io.sweep.workloads.WorkloadOptions;

import java.util.List;

/** The options of {@code --workload pi}. */
public final class PiOptions implements WorkloadOptions {

    String points;
    String seed;

    @Override
    public List<Option> options() {
        return List.of(
                Option.value("--points", "N", "Random points for the pi estimate; 1e8 and 100_000_000 are "
                        + "accepted.", v -> points = v).byDefault("100000000"),
                Option.value("--seed", "SEED", "Seed of the random points; one seed gives one estimate for any "
                        + "--procs and --mode (default: a fresh seed, printed).", v -> seed = v));
    }

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
