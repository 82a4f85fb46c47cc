package io.sweep.workloads;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IndexRangeTest {

    @Test
    void splitGivesNearlyEqualContiguousRangesLargerFirst() {
        assertEquals(List.of(new IndexRange(0, 17), new IndexRange(17, 34), new IndexRange(34, 50)),
                IndexRange.split(50, 3));
    }

    @Test
    void splitNeverMakesEmptyRanges() {
        assertEquals(List.of(new IndexRange(0, 1), new IndexRange(1, 2)), IndexRange.split(2, 5));
    }

    @Test
    void chunksEndWithAShorterOne() {
        assertEquals(List.of(new IndexRange(0, 2), new IndexRange(2, 4), new IndexRange(4, 5)),
                IndexRange.chunks(5, 2));
    }
}
