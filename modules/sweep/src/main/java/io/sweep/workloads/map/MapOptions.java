package io.sweep.workloads.map;

import io.sweep.config.BadInputException;
import io.sweep.workloads.OptionValues;
import picocli.CommandLine.Option;

import java.math.BigInteger;
import java.util.List;
import java.util.OptionalInt;

/** The options of {@code --workload map}. */
public final class MapOptions {
    static final int MAX_VALUES = 1_000_000;

    @Option(names = "--values", paramLabel = "LIST", defaultValue = "1,2,3,4,5",
            description = "Map: whole numbers to raise to --power, as 1,2,3 or 1..50 or both "
                    + "(default: ${DEFAULT-VALUE}).")
    String values = "1,2,3,4,5";

    @Option(names = "--power", paramLabel = "N", defaultValue = "2",
            description = "Map: the exponent n of power(x, n); 2 is the seminar's square (default: ${DEFAULT-VALUE}).")
    String power = "2";

    @Option(names = "--chunksize", paramLabel = "C",
            description = "Map: values per task, as Pool.map's chunksize "
                    + "(default: Python's, ceil(len/(4*procs))).")
    String chunksize;

    @Option(names = "--unordered",
            description = "Map: results in completion order, as imap_unordered (default: input order).")
    boolean unordered;

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
