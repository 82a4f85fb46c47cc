package io.sweep.workloads.pi;

import io.sweep.workloads.Seeds;

import java.util.SplittableRandom;

/**
 * The Monte Carlo kernel: counts random points of the unit square that fall in the quarter disc.
 * Each block has its own {@link SplittableRandom}, seeded from the run's seed and the block index
 * ({@link Seeds#forPart}), so blocks are independent streams and any subset of them can run
 * anywhere.
 */
public final class PiKernel {
    private PiKernel() {
    }

    /** Points of block {@code block} inside the quarter disc, out of {@code length}. */
    public static long countInside(long seed, long block, int length) {
        SplittableRandom random = new SplittableRandom(Seeds.forPart(seed, block));
        long inside = 0;
        for (int i = 0; i < length; i++) {
            double x = random.nextDouble();
            double y = random.nextDouble();
            inside += x * x + y * y <= 1.0 ? 1 : 0; // branch-free: the test is a coin toss
        }
        return inside;
    }
}
