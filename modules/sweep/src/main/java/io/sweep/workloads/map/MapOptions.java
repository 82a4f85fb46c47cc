package io.sweep.workloads.map;

import io.sweep.config.BadInputException;
import io.sweep.workloads.OptionValues;
import io.sweep.cli.args.Option;
import io.sweep.workloads.WorkloadOptions;

import java.math.BigInteger;
import java.util.List;
import java.util.OptionalInt;

/** The options of {@code --workload map}. */
public final class MapOptions implements WorkloadOptions {
    static final int MAX_VALUES = 1_000_000;

    String values;
    String power;
    String chunksize;
    boolean unordered;

    @Override
    public List<Option> options() {
        return List.of(
                Option.value("--values", "LIST", "Whole numbers to raise to --power, as 1,2,3 or 1..50 or both.",
                        v -> values = v).byDefault("1,2,3,4,5"),
                Option.value("--power", "N", "The exponent n of power(x, n); 2 is the seminar's square.",
                        v -> power = v).byDefault("2"),
                Option.value("--chunksize", "C", "Values per task, as Pool.map's chunksize (default: Python's, "
                        + "ceil(len/(4*procs))).", v -> chunksize = v),
                Option.flag("--unordered", "Results in completion order, as imap_unordered (default: input "
                        + "order).", () -> unordered = true));
    }

    /** The validated spec; throws BadInputException with one line saying what is accepted. */
    public MapSpec toSpec() {
        List<Long> xs = OptionValues.wholeNumberList("--values", values,
                -1_000_000_000L, 1_000_000_000L, MAX_VALUES);
        int n = (int) OptionValues.wholeNumber("--power", power, 0, 62);
        OptionalInt chunk = chunksize == null ? OptionalInt.empty()
                : OptionalInt.of((int) OptionValues.wholeNumber("--chunksize", chunksize, 1, MAX_VALUES));
        for (long x : xs) {
            if (BigInteger.valueOf(x).pow(n).bitLength() > 63) {
                throw new BadInputException("--values " + x + " with --power " + n
                        + " gives more than 64 bits: use smaller values or a smaller power");
            }
        }
        return new MapSpec(xs, n, chunk, unordered);
    }

    public static MapOptions of(String values, String power, String chunksize, boolean unordered) {
        MapOptions options = new MapOptions();
        options.values = values;
        options.power = power;
        options.chunksize = chunksize;
        options.unordered = unordered;
        return options;
    }
}
