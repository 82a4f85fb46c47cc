package io.sweep.workloads.poisson;

import io.sweep.engine.Summary;
import io.sweep.engine.TaskFiles;
import io.sweep.engine.Unfinished;
import io.sweep.engine.TaskResult;
import io.sweep.results.FieldImage;
import io.sweep.results.NormsPlot;
import io.sweep.results.NormsRow;
import io.sweep.results.NormsTable;
import io.sweep.results.PvdEntry;
import io.sweep.results.PlotWarmUp;
import io.sweep.results.PvdWriter;
import io.sweep.results.VtuReader;
import io.sweep.solver.Mesh;
import io.sweep.solver.Norms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The files that summarise a poisson sweep, written by the parent only: {@code sweep.pvd}
 * (rewritten as each α finishes, so a partial sweep opens in ParaView), {@code fields/<key>.png}
 * (drawn as each α finishes, overlapping the other children's work; the parent reads u back from
 * the .vtu, which costs a few milliseconds and keeps workers free of AWT), and at the end
 * {@code norms.csv}, {@code norms.json} and {@code norms.png}.
 */
final class PoissonOutputs {
    static final String PVD = "sweep.pvd";
    static final String FIELDS = "fields";
    /** A longer table is not printed: it is in norms.csv. */
    private static final int MAX_PRINTED_ROWS = 12;

    private final int n;
    private final Set<String> drawn = new HashSet<>();
    private Mesh mesh;

    private final boolean fieldImages;

    PoissonOutputs(int n, boolean fieldImages) {
        this.n = n;
        this.fieldImages = fieldImages;
    }

    void warmUp() {
        // Loads and initialises the plotting stack (fonts, Java2D, JFreeChart) while children compute.
        PlotWarmUp.run();
    }

    void update(List<TaskResult> done, Path outDir) throws IOException {
        List<TaskResult> sorted = sortedByAlpha(done);
        List<PvdEntry> entries = new ArrayList<>();
        for (TaskResult r : sorted) {
            entries.add(new PvdEntry(r.number("alpha"), vtuOf(r)));
        }
        PvdWriter.write(outDir.resolve(PVD), entries);
        List<TaskResult> toDraw = new ArrayList<>();
        for (TaskResult r : fieldImages ? sorted : List.<TaskResult>of()) {
            Path png = pngOf(outDir, r);
            if (drawn.add(r.key()) && (!Files.exists(png) || isNewer(outDir.resolve(vtuOf(r)), png))) {
                toDraw.add(r);
            }
        }
        draw(toDraw, outDir);
    }

    /**
     * Draws field pictures, several at once when there are several (each is its own image; they
     * share only the mesh): at the end of a large sweep the pictures still to draw would otherwise
     * keep one core busy while the others idle (200 pictures at n=32 took 2.8 s after the last
     * task on one thread).
     */
    private void draw(List<TaskResult> results, Path outDir) throws IOException {
        if (results.isEmpty()) {
            return;
        }
        Files.createDirectories(outDir.resolve(FIELDS));
        Mesh shared = mesh();
        try {
            (results.size() > 1 ? results.parallelStream() : results.stream()).forEach(r -> {
                try {
                    double[] u = VtuReader.readPointData(outDir.resolve(vtuOf(r)));
                    FieldImage.write(pngOf(outDir, r), shared, u,
                            "u, alpha = " + format(r.number("alpha")));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    Summary finish(List<TaskResult> done, List<Unfinished> unfinished, Path outDir) throws IOException {
        update(done, outDir);
        List<NormsRow> rows = new ArrayList<>();
        for (TaskResult r : sortedByAlpha(done)) {
            Norms norms = new Norms(r.number("l2_dofs"), r.number("L2"), r.number("H1_semi"), r.number("min"),
                    r.number("max"));
            rows.add(new NormsRow(r.number("alpha"), norms, r.computeSeconds(), "done"));
        }
        List<NormsRow> table = new ArrayList<>(rows);
        for (Unfinished u : unfinished) {
            table.add(new NormsRow(u.task().doubleParam(PoissonRunner.ALPHA), null, Double.NaN, u.outcome()));
        }
        NormsTable.writeCsv(outDir.resolve("norms.csv"), table);
        NormsTable.writeJson(outDir.resolve("norms.json"), table);
        if (!rows.isEmpty()) {
            NormsPlot.write(outDir.resolve("norms.png"), rows);
        }
        return summary(rows);
    }

    private static Summary summary(List<NormsRow> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-12s %-18s %-14s %-14s %-14s %-14s", "alpha", "l2 (nodal)", "L2",
                "H1 seminorm", "min", "max"));
        Map<String, Object> byAlpha = new LinkedHashMap<>();
        for (NormsRow row : rows) {
            Norms m = row.norms();
            byAlpha.put(Double.toString(row.alpha()), m.l2Dofs());
            if (rows.size() > MAX_PRINTED_ROWS) {
                continue;
            }
            lines.add(String.format(Locale.ROOT, "%-12s %-18.10g %-14.8g %-14.8g %-14.8g %-14.8g", format(row.alpha()),
                    m.l2Dofs(), m.normL2(), m.seminormH1(), m.min(), m.max()));
        }
        if (rows.size() > MAX_PRINTED_ROWS) {
            lines.set(0, rows.size() + " alphas: norms in norms.csv and norms.json, plotted in norms.png");
        }
        return new Summary(Map.of("result", byAlpha), lines);
    }

    private Mesh mesh() {
        if (mesh == null) {
            mesh = Mesh.unitSquare(n, n);
        }
        return mesh;
    }

    private static List<TaskResult> sortedByAlpha(List<TaskResult> results) {
        List<TaskResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingDouble(r -> r.number("alpha")));
        return sorted;
    }

    private static Path pngOf(Path outDir, TaskResult r) {
        return outDir.resolve(FIELDS).resolve(r.key() + ".png");
    }

    private static String vtuOf(TaskResult r) {
        return new TaskFiles(Path.of(""), r.key()).relative(PoissonRunner.VTU);
    }

    private static boolean isNewer(Path a, Path b) throws IOException {
        return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b)) > 0;
    }

    private static String format(double alpha) {
        String s = Double.toString(alpha);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
