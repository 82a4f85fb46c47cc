package io.sweep.config.study;

import io.sweep.config.BadInputException;

import java.util.Locale;

/** {@code --design}: every combination of the values (grid) or the i-th values together (zip). */
public enum DesignKind {
    GRID, ZIP;

    public static DesignKind parse(String text) {
        for (DesignKind kind : values()) {
            if (kind.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new BadInputException("--design '" + text + "' is invalid: use grid (every combination) or zip "
                + "(lists of one length taken together)");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
