package io.sweep.config.study;

import io.sweep.config.BadInputException;
import io.sweep.config.Numbers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cells along x and y ({@code --mesh N} or {@code --mesh NXxNY}), as DOLFIN's
 * {@code RectangleMesh(p0, p1, nx, ny)}.
 */
public record MeshSize(int nx, int ny) {
    /** The largest number of cells along a side. */
    public static final int MAX = 16384;
    private static final String ACCEPTED = "use N or NXxNY (cells along x and y, 1 to " + MAX
            + "), comma-separated for several, e.g. 64 or 32x48 or 32,64,128, or " + MeshRange.ACCEPTED;

    public MeshSize {
        if (nx < 1 || ny < 1 || nx > MAX || ny > MAX) {
            throw new BadInputException("mesh " + nx + "x" + ny + " is invalid: " + ACCEPTED);
        }
    }

    /** 64 for a square mesh, 32x48 otherwise: what task keys and the mesh column show. */
    public String label() {
        return nx == ny ? Integer.toString(nx) : nx + "x" + ny;
    }

    public static MeshSize parse(String item, String option) {
        String t = item.strip().toLowerCase(java.util.Locale.ROOT);
        String[] parts = t.split("x", -1);
        if (parts.length > 2 || t.isEmpty()) {
            throw new BadInputException(option + " '" + item + "' is invalid: " + ACCEPTED);
        }
        int nx = whole(parts[0], item, option);
        int ny = parts.length == 2 ? whole(parts[1], item, option) : nx;
        return new MeshSize(nx, ny);
    }

    /** A comma list of sizes, each once. */
    public static List<MeshSize> parseList(String text, String option) {
        if (text == null || text.isBlank()) {
            throw new BadInputException(option + " is empty: " + ACCEPTED);
        }
        List<MeshSize> sizes = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            if (MeshRange.isRange(item)) {
                sizes.addAll(MeshRange.expand(item, option));
            } else {
                sizes.add(parse(item, option));
            }
        }
        // By label, not by the record: a record's first hashCode in a JVM builds method handles.
        Set<String> labels = new HashSet<>();
        for (MeshSize size : sizes) {
            if (!labels.add(size.label())) {
                throw new BadInputException(option + " '" + text + "' gives a mesh more than once: list each once");
            }
        }
        return List.copyOf(sizes);
    }

    private static int whole(String digits, String item, String option) {
        try {
            int n = Numbers.wholeAtLeast(digits, 1, option);
            if (n > MAX) {
                throw new BadInputException(option + " '" + item + "' is too large: " + ACCEPTED);
            }
            return n;
        } catch (BadInputException e) {
            if (e.getMessage().contains("too large")) {
                throw e;
            }
            throw new BadInputException(option + " '" + item + "' is invalid: " + ACCEPTED);
        }
    }
}
