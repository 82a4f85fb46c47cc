package io.sweep.results;

import io.sweep.solver.Mesh;
import io.sweep.solver.Norms;

import java.util.List;

/**
 * Loads what the plots need (their classes, the glyph atlas, the number formats) by drawing two
 * small pictures in memory, writing nothing, so that the first real plot runs warm: a sweep's
 * parent calls {@link #run()} on a background thread when it starts, while the first tasks solve.
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
