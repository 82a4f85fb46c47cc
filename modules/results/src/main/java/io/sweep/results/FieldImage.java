package io.sweep.results;

import io.sweep.solver.Mesh;

import java.io.IOException;
import java.nio.file.Path;

/** A picture of a P1 field on a rectangle mesh with a colour bar: what {@code plot(u)} showed. */
public final class FieldImage {
    private FieldImage() {
    }

    public static void write(Path png, Mesh mesh, double[] u, String title) throws IOException {
        throw new UnsupportedOperationException("results: not built yet (issue 4)");
    }
}
