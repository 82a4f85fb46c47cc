package io.sweep.workloads.pi;

import io.sweep.workloads.Seeds;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PiKernelTest {

    /** The kernel as the issue describes it: a SplittableRandom per block, two nextDouble per point. */
    private static long withSplittableRandom(long seed, long block, int length) {
        SplittableRandom random = new SplittableRandom(Seeds.forPart(seed, block));
        long inside = 0;
        for (int i = 0; i < length; i++) {
            double x = random.nextDouble();
            double y = random.nextDouble();
            if (x * x + y * y <= 1.0) {
                inside++;
            }
        }
        return inside;
    }

    @Test
    void drawsExactlyWhatSplittableRandomDraws() {
        for (long seed : new long[] {0, 1, 42, -7, Long.MAX_VALUE}) {
            for (long block : new long[] {0, 1, 95}) {
                for (int length : new int[] {1, 2, 1000, 65_537}) {
                    assertEquals(withSplittableRandom(seed, block, length), PiKernel.countInside(seed, block, length),
                            "seed " + seed + " block " + block + " length " + length);
                }
            }
        }
    }

    @Test
    void aBlockOfAMillionPointsHitsAboutPiOverFour() {
        long inside = PiKernel.countInside(3, 0, 1 << 20);
        double p = inside / (double) (1 << 20);
        assertEquals(Math.PI / 4, p, 4 * Math.sqrt(p * (1 - p) / (1 << 20)));
    }
}
