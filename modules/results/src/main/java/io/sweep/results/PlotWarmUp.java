package io.sweep.results;

import io.sweep.solver.Mesh;
import io.sweep.solver.Norms;

import java.util.List;

/**
 * Loads and initialises what the plots need (Java2D, fonts, JFreeChart) by drawing two small
 * pictures in memory, writing nothing. The first plot in a JVM otherwise pays several hundred
 * milliseconds for this; a sweep's parent can call {@link #run()} on a background thread when it
 * starts, while the first tasks solve.
 */
public final class PlotWarmUp {
    private PlotWarmUp() {
    }

    public static void run() {
        Mesh mesh = Mesh.unitSquare(2, 2);
        double[] u = new double[mesh.vertexCount()];
        for (int k = 0; k < u.length; k++) {
            u[k] = mesh.x(k) + 0.5 * mesh.y(k);
        }
        FieldImage.render(mesh, u, "warm-up \u03b1");
        Norms norms = new Norms(1.5, 0.5, 2.5, -0.5, 1.5);
        NormsPlot.render(List.of(new NormsRow(0.1, norms, 1, "done"),
                new NormsRow(10, norms, 1, "done")));
    }
}
