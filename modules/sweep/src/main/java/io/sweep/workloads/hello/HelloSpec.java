package io.sweep.workloads.hello;

import io.sweep.workloads.Seeds;

import java.util.SplittableRandom;

/**
 * A validated hello run: {@code greetings} tasks, task i sleeping a whole number of milliseconds
 * drawn from [{@code minMillis}, {@code maxMillis}] by a generator seeded from ({@code seed}, i),
 * like the seminar's {@code time.sleep(random.randint(1,3))} but repeatable.
 */
public record HelloSpec(int greetings, long seed, long minMillis, long maxMillis) {
    public HelloSpec {
        if (greetings < 1 || minMillis < 0 || maxMillis < minMillis) {
            throw new IllegalArgumentException("greetings >= 1 and 0 <= minMillis <= maxMillis");
        }
    }

    /** How long task {@code index} sleeps. */
    public long sleepMillis(int index) {
        SplittableRandom random = new SplittableRandom(Seeds.forPart(seed, index));
        return minMillis + random.nextLong(maxMillis - minMillis + 1);
    }
}
