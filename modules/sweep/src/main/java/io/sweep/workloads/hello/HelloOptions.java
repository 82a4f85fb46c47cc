package io.sweep.workloads.hello;

import io.sweep.config.BadInputException;
import io.sweep.workloads.OptionValues;
import io.sweep.cli.args.Option;
import io.sweep.workloads.WorkloadOptions;

import java.util.List;

/** The options of {@code --workload hello}. */
public final class HelloOptions implements WorkloadOptions {

    String greetings;
    String sleep;
    String seed;

    @Override
    public List<Option> options() {
        return List.of(
                Option.value("--greetings", "N", "How many tasks greet.", v -> greetings = v).byDefault("10"),
                Option.value("--sleep", "MIN..MAX", "Each task first sleeps between MIN and MAX seconds; 1..3 is "
                        + "the seminar's randint(1,3).", v -> sleep = v).byDefault("1..3"),
                Option.value("--sleep-seed", "SEED", "Seed of the sleep times, to repeat a run (default: a fresh "
                        + "seed, printed).", v -> seed = v));
    }

    /** The validated spec; throws BadInputException with one line saying what is accepted. */
    public HelloSpec toSpec() {
        int count = (int) OptionValues.wholeNumber("--greetings", greetings, 1, 10_000);
        String[] bounds = sleep == null ? new String[0] : sleep.split("\\.\\.", -1);
        if (bounds.length != 2) {
            throw new BadInputException("--sleep '" + OptionValues.shown(String.valueOf(sleep)) + "' is invalid: use MIN..MAX in seconds, like 1..3");
        }
        double min = OptionValues.decimal("--sleep", bounds[0], 0, 3600);
        double max = OptionValues.decimal("--sleep", bounds[1], 0, 3600);
        if (max < min) {
            throw new BadInputException("--sleep " + OptionValues.shown(sleep) + " is invalid: use MIN..MAX with MIN <= MAX");
        }
        return new HelloSpec(count, OptionValues.seed("--sleep-seed", seed), Math.round(min * 1000), Math.round(max * 1000));
    }

    public static HelloOptions of(String greetings, String sleep, String seed) {
        HelloOptions options = new HelloOptions();
        options.seed = seed;
        options.greetings = greetings;
        options.sleep = sleep;
        return options;
    }
}
