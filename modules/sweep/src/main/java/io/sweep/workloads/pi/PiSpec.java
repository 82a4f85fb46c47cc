package io.sweep.workloads.pi;

/**
 * A validated Monte Carlo π run: {@code points} random points in the unit square, cut into blocks
 * of {@code blockSize} points (the last one shorter), block {@code b} drawing from its own
 * generator seeded from ({@code seed}, b). The estimate depends on these three numbers only, never
 * on how blocks are grouped into tasks or where they run.
 */
public record PiSpec(long points, long seed, int blockSize) {

    /** 2^20 points: a few milliseconds per block, and few enough blocks to list in a task. */
    public static final int DEFAULT_BLOCK_SIZE = 1 << 20;

    public PiSpec {
        if (points < 1 || blockSize < 1) {
            throw new IllegalArgumentException("points and blockSize must be >= 1");
        }
    }

    public long blockCount() {
        return (points + blockSize - 1) / blockSize;
    }

    /** Points in block {@code block}: {@code blockSize}, except the last block. */
    public int blockLength(long block) {
        return (int) Math.min(blockSize, points - block * blockSize);
    }
}
