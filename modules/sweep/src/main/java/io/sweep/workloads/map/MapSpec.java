package io.sweep.workloads.map;

import java.util.List;
import java.util.OptionalInt;

/**
 * A validated map run: {@code power(x, n) = x^n} for every x of {@code values} with
 * {@code n = power} (the seminar's square is power 2; its starmap passes the pairs (x, n)),
 * {@code chunksize} values per task (Python's default when empty), results in input order unless
 * {@code unordered}.
 */
public record MapSpec(List<Long> values, int power, OptionalInt chunksize, boolean unordered) {
    public MapSpec {
        values = List.copyOf(values);
        if (values.isEmpty() || power < 0 || (chunksize.isPresent() && chunksize.getAsInt() < 1)) {
            throw new IllegalArgumentException("values must be non-empty, power >= 0, chunksize >= 1");
        }
    }

    /**
     * The chunk size used with {@code workers} workers: the one given, or Python's
     * {@code Pool.map} default, ceil(len / (4·workers)).
     */
    public int chunksizeFor(int workers) {
        if (chunksize.isPresent()) {
            return chunksize.getAsInt();
        }
        int size = values.size() / (4 * workers);
        return values.size() % (4 * workers) == 0 ? Math.max(size, 1) : size + 1;
    }
}
