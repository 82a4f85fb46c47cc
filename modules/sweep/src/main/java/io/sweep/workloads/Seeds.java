package io.sweep.workloads;

/**
 * Derives independent seeds for numbered parts of a run (pi's blocks, hello's tasks) from the
 * run's seed, so that each part draws the same numbers wherever and in whatever order it runs.
 */
public final class Seeds {
    private Seeds() {
    }

    /**
     * The seed of part {@code index}. Mixing the run's seed first keeps nearby seeds (1, 2, 3)
     * from giving shifted copies of each other's streams; the golden-ratio step then the
     * SplitMix64 finaliser spread the part indices over all 64 bits.
     */
    public static long forPart(long seed, long index) {
        return mix64(mix64(seed) + (index + 1) * 0x9E3779B97F4A7C15L);
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser, as in SplitMix64. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
