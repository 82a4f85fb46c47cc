package io.sweep.config.study;

import io.sweep.config.BadInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code log2:START:STOP}: the mesh sizes from START to STOP, doubling each time, as a
 * refinement study uses them ({@code log2:8:1024} is 8,16,...,1024; {@code log2:16x8:128x64}
 * doubles both sides). STOP must be START times a power of two, so that STOP is reached.
 */
final class MeshRange {
    static final String PREFIX = "log2:";
    static final String ACCEPTED = "log2:START:STOP doubles START until STOP, e.g. log2:8:1024"
            + " (STOP = START times a power of 2)";

    private MeshRange() {
    }

    static boolean isRange(String item) {
        return item.strip().toLowerCase(Locale.ROOT).startsWith(PREFIX);
    }

    static List<MeshSize> expand(String item, String option) {
        String[] ends = item.strip().substring(PREFIX.length()).split(":", -1);
        if (ends.length != 2) {
            throw new BadInputException(option + " '" + item + "' is invalid: " + ACCEPTED);
        }
        MeshSize start = MeshSize.parse(ends[0], option), stop = MeshSize.parse(ends[1], option);
        List<MeshSize> sizes = new ArrayList<>();
        for (int factor = 1; start.nx() * (long) factor <= stop.nx(); factor *= 2) {
            sizes.add(new MeshSize(start.nx() * factor, start.ny() * factor));
        }
        MeshSize last = sizes.isEmpty() ? null : sizes.get(sizes.size() - 1);
        if (!stop.equals(last)) {
            throw new BadInputException(option + " '" + item + "' does not reach " + stop.label() + " from "
                    + start.label() + " by doubling: " + ACCEPTED);
        }
        return sizes;
    }
}
