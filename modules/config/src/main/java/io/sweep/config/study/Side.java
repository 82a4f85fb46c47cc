package io.sweep.config.study;

import io.sweep.config.BadInputException;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A side of the rectangle domain, where {@code --dirichlet-on} may fix u. */
public enum Side {
    LEFT, RIGHT, BOTTOM, TOP;

    private static final String ACCEPTED = "use a comma list of left, right, bottom, top (at least one)";

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code left,right} and the like; at least one side, each once. */
    public static Set<Side> parseList(String text) {
        if (text == null || text.isBlank()) {
            throw new BadInputException("--dirichlet-on is empty: u would be fixed nowhere and the problem singular: "
                    + ACCEPTED);
        }
        Set<Side> sides = EnumSet.noneOf(Side.class);
        for (String item : text.split(",", -1)) {
            Side side = null;
            for (Side s : values()) {
                if (s.label().equals(item.strip().toLowerCase(Locale.ROOT))) {
                    side = s;
                }
            }
            if (side == null) {
                throw new BadInputException("--dirichlet-on '" + text + "' has '" + item.strip()
                        + "', which is no side: " + ACCEPTED);
            }
            if (!sides.add(side)) {
                throw new BadInputException("--dirichlet-on '" + text + "' gives " + side.label() + " twice: "
                        + ACCEPTED);
            }
        }
        return sides;
    }
}
