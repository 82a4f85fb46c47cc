package io.sweep.workloads.pi;

import io.sweep.workloads.Seeds;

/**
 * The Monte Carlo kernel: counts random points of the unit square that fall in the quarter disc.
 * Each block draws from its own generator, seeded from the run's seed and the block index
 * ({@link Seeds#forPart}), so blocks are independent streams and any subset of them can run
 * anywhere.
 *
 * <p>The generator is {@link java.util.SplittableRandom}: {@code new SplittableRandom(s)} and two
 * {@code nextDouble()} per point, written out here (its default gamma, SplitMix64's finaliser,
 * 53-bit doubles) so that the loop has no calls. C1, which does not inline {@code
 * SplittableRandom}'s methods, runs the written-out loop about 25% faster, and so does C2 (which
 * pi's workers run, see {@link PiWorkload#workersOptimise}); a test checks that it draws exactly
 * what {@code SplittableRandom} draws.
 */
public final class PiKernel {
    /** SplittableRandom's GOLDEN_GAMMA, the step of a generator made with a seed. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private PiKernel() {
    }

    /** Points of block {@code block} inside the quarter disc, out of {@code length}. */
    public static long countInside(long seed, long block, int length) {
        long state = Seeds.forPart(seed, block);
        long inside = 0;
        for (int i = 0; i < length; i++) {
            state += GOLDEN_GAMMA;
            double x = (Seeds.mix64(state) >>> 11) * DOUBLE_UNIT;
            state += GOLDEN_GAMMA;
            double y = (Seeds.mix64(state) >>> 11) * DOUBLE_UNIT;
            inside += x * x + y * y <= 1.0 ? 1 : 0; // branch-free: the test is a coin toss
        }
        return inside;
    }
}
