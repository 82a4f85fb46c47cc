package io.sweep.workloads;

import picocli.CommandLine.Option;

import java.util.SplittableRandom;

/**
 * {@code --seed}, shared by the random workloads (pi, hello) so that one command can mix both in
 * without two options of the same name. Without it a fresh seed is drawn and reported, so every
 * run can be repeated.
 */
public final class SeedOption {

    @Option(names = "--seed", paramLabel = "SEED",
            description = "Seed of the random numbers (pi, hello): the same seed gives the same "
                    + "result for any --procs and --mode. Default: a fresh one, printed.")
    String seed;

    /** The seed given, or a fresh one. */
    public long resolve() {
        if (seed == null) {
            return new SplittableRandom().nextLong() >>> 16; // short enough to copy by hand
        }
        return OptionValues.wholeNumber("--seed", seed, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** For tests and programmatic use. */
    public static SeedOption of(String seed) {
        SeedOption option = new SeedOption();
        option.seed = seed;
        return option;
    }
}
