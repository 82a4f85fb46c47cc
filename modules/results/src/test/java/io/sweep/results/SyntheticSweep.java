package io.sweep.results;

import io.sweep.solver.Mesh;
import io.sweep.solver.Norms;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep's outputs written by this module's writers from a smooth synthetic field whose values
 * use every bit of the mantissa (so a lossy round trip cannot pass by luck).
 */
final class SyntheticSweep {
    private SyntheticSweep() {
    }

    /** u(x, y) = α (sin(3x + 0.3) cos(2y) + x y / 7) + 1/3: smooth, no short decimal values. */
    static double[] field(Mesh mesh, double alpha) {
        double[] u = new double[mesh.vertexCount()];
        for (int k = 0; k < u.length; k++) {
            double x = mesh.x(k);
            double y = mesh.y(k);
            u[k] = alpha * (Math.sin(3 * x + 0.3) * Math.cos(2 * y) + x * y / 7) + 1.0 / 3;
        }
        return u;
    }

    static Norms norms(double[] u) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : u) {
            sum += value * value;
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        double l2 = Math.sqrt(sum);
        // L2 and H1 are not what this module computes; plausible stand-ins for the table.
        return new Norms(l2, l2 / Math.sqrt(u.length), 2.5 * l2 / Math.sqrt(u.length), min, max);
    }

    static String vtuName(double alpha) {
        return "u_alpha_" + alpha + ".vtu";
    }

    /**
     * Writes {@code directory}/{@code sweep.pvd}, {@code norms.csv}, {@code norms.json} and one
     * .vtu per α in {@code encoding}; returns the rows of the table.
     */
    static List<NormsRow> write(Path directory, Mesh mesh, List<Double> alphas,
                                VtuEncoding encoding) throws IOException {
        Files.createDirectories(directory);
        List<PvdEntry> entries = new ArrayList<>();
        List<NormsRow> rows = new ArrayList<>();
        for (double alpha : alphas) {
            double[] u = field(mesh, alpha);
            String name = vtuName(alpha);
            VtuWriter.write(directory.resolve(name), mesh, u, VtuWriter.fieldData(alpha, mesh),
                    encoding);
            entries.add(new PvdEntry(alpha, name));
            rows.add(new NormsRow(alpha, norms(u), 0.25 + alpha / 1000, "done"));
            PvdWriter.write(directory.resolve("sweep.pvd"), entries);
        }
        NormsTable.writeCsv(directory.resolve("norms.csv"), rows);
        NormsTable.writeJson(directory.resolve("norms.json"), rows);
        return rows;
    }

    /** The expected u of each α as little-endian float64, named after the .vtu's stem. */
    static void writeExpected(Path directory, Mesh mesh, List<Double> alphas) throws IOException {
        Files.createDirectories(directory);
        for (double alpha : alphas) {
            double[] u = field(mesh, alpha);
            ByteBuffer bytes = ByteBuffer.allocate(8 * u.length).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asDoubleBuffer().put(u);
            String stem = vtuName(alpha).replace(".vtu", "");
            try (OutputStream out = Files.newOutputStream(directory.resolve(stem + ".f64"))) {
                out.write(bytes.array());
            }
        }
    }
}
