package io.sweep.workloads;

import java.util.ArrayList;
import java.util.List;

/**
 * The half-open range of indices {@code [start, end)}: a task's share of blocks, of z values or of
 * list items.
 */
public record IndexRange(long start, long end) {

    public IndexRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public long size() {
        return end - start;
    }

    /**
     * {@code [0, total)} cut into {@code min(parts, total)} contiguous ranges whose sizes differ by
     * at most one, the larger ones first (as the seminar's {@code slice_data} does).
     */
    public static List<IndexRange> split(long total, int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be >= 1");
        }
        long count = Math.max(1, Math.min(parts, total));
        long base = total / count;
        long extra = total % count;
        List<IndexRange> ranges = new ArrayList<>();
        long start = 0;
        for (long i = 0; i < count; i++) {
            long size = base + (i < extra ? 1 : 0);
            ranges.add(new IndexRange(start, start + size));
            start += size;
        }
        return List.copyOf(ranges);
    }

    /** {@code [0, total)} cut into ranges of {@code size} items, the last one shorter. */
    public static List<IndexRange> chunks(long total, long size) {
        List<IndexRange> ranges = new ArrayList<>();
        for (long start = 0; start < total; start += size) {
            ranges.add(new IndexRange(start, Math.min(total, start + size)));
        }
        return List.copyOf(ranges);
    }
}
