package io.sweep.workloads.poisson;

import io.sweep.config.study.Convergence;
import io.sweep.config.study.Design;
import io.sweep.config.study.DesignPoint;
import io.sweep.config.study.Domain;
import io.sweep.config.study.Study;
import io.sweep.engine.Summary;
import io.sweep.engine.TaskFiles;
import io.sweep.engine.Unfinished;
import io.sweep.engine.TaskResult;
import io.sweep.results.ConvergenceStudy;
import io.sweep.results.ConvergenceTable;
import io.sweep.results.NormsPlot;
import io.sweep.results.NormsRow;
import io.sweep.results.NormsTable;
import io.sweep.results.PlotWarmUp;
import io.sweep.results.PvdEntry;
import io.sweep.results.PvdWriter;
import io.sweep.solver.Norms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The files that summarise a study, written by the parent only: one {@code .pvd} per slice
 * ({@link StudySlices}) and {@code norms.csv}/{@code norms.json}, rewritten as each point finishes
 * so that a partial study opens and reads; the field pictures of a slice once it is complete
 * ({@link FieldPictures}: they share its colour range); at the end {@code norms.png}.
 */
final class PoissonOutputs {
    static final String PVD = "sweep.pvd";
    static final String NORMS_PNG = "norms.png";
    /** A longer table is not printed: it is in norms.csv. */
    private static final int MAX_PRINTED_ROWS = 12;

    private final Study study;
    private final List<DesignPoint> points;
    private final Map<String, DesignPoint> byKey = new HashMap<>();
    private final StudySlices slices;
    private final FieldPictures pictures;
    private final Optional<ConvergenceOutputs> convergence;
    /** How many solved points the norms.png written in this run shows (-1: none written). */
    private volatile int plottedPoints = -1;

    PoissonOutputs(Study study, List<DesignPoint> points, boolean fieldImages, Optional<Convergence> convergence) {
        this.study = study;
        this.points = sorted(points);
        for (DesignPoint p : points) {
            byKey.put(p.key(), p);
        }
        this.slices = StudySlices.of(study.timeParameter().orElse(""), points);
        Domain d = study.problem().domain();
        this.pictures = fieldImages ? new FieldPictures(d) : null;
        this.convergence = convergence.map(c -> new ConvergenceOutputs(c, d));
    }

    DesignPoint point(String key) {
        DesignPoint p = byKey.get(key);
        if (p == null) {
            throw new IllegalStateException("no point of the design has the key " + key);
        }
        return p;
    }

    void warmUp() {
        // Loads the plotting code and the glyph atlas while children compute.
        PlotWarmUp.run();
    }

    void update(List<TaskResult> done, Path outDir) throws IOException {
        Map<String, TaskResult> results = new HashMap<>();
        for (TaskResult r : done) {
            if (byKey.containsKey(r.key())) {
                results.put(r.key(), r);
            }
        }
        // Every point solved: norms.png is final, drawn beside the slices' pictures (on another
        // core) rather than after them. Points solved only grow within a run, so the count says
        // whether the plot is still current when the run finishes.
        List<NormsRow> rows = rows(results, null);
        CompletableFuture<Void> plot = null;
        if (results.size() == points.size() && plottedPoints != results.size()) {
            plot = CompletableFuture.runAsync(() -> {
                try {
                    NormsPlot.write(outDir.resolve(NORMS_PNG), rows);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        try {
            updateSlices(results, outDir);
            NormsTable.writeCsv(outDir.resolve("norms.csv"), rows);
            NormsTable.writeJson(outDir.resolve("norms.json"), rows);
        } finally {
            if (plot != null) {
                join(plot);
                plottedPoints = results.size();
            }
        }
    }

    private static void join(CompletableFuture<Void> plot) throws IOException {
        try {
            plot.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    /** Each slice's .pvd, and its pictures once it is complete. */
    private void updateSlices(Map<String, TaskResult> results, Path outDir) throws IOException {
        for (StudySlices.Slice slice : slices.slices()) {
            List<PvdEntry> entries = new ArrayList<>();
            boolean complete = true;
            for (DesignPoint p : slice.points()) {
                if (results.containsKey(p.key())) {
                    entries.add(new PvdEntry(slices.timeOf(p), vtuOf(p.key())));
                } else {
                    complete = false;
                }
            }
            if (!entries.isEmpty()) {
                PvdWriter.write(outDir.resolve(slice.pvd()), entries);
            }
            if (complete && pictures != null) {
                pictures.draw(slice, results, outDir);
            }
        }
    }

    Summary finish(List<TaskResult> done, List<Unfinished> unfinished, Path outDir) throws IOException {
        update(done, outDir);
        Map<String, TaskResult> results = new HashMap<>();
        done.forEach(r -> results.put(r.key(), r));
        if (pictures != null) {
            for (StudySlices.Slice slice : slices.slices()) {
                pictures.draw(slice, results, outDir);
            }
        }
        Map<String, String> outcomes = new HashMap<>();
        unfinished.forEach(u -> outcomes.put(u.task().key(), u.outcome()));
        List<NormsRow> rows = rows(results, outcomes);
        NormsTable.writeCsv(outDir.resolve("norms.csv"), rows);
        NormsTable.writeJson(outDir.resolve("norms.json"), rows);
        if (rows.stream().anyMatch(r -> r.norms() != null) && plottedPoints != results.size()) {
            NormsPlot.write(outDir.resolve(NORMS_PNG), rows);
        }
        Summary summary = summary(rows);
        if (convergence.isPresent()) {
            ConvergenceStudy table = convergence.get().write(points, results, outDir);
            List<String> lines = new ArrayList<>(summary.lines());
            lines.add("");
            lines.addAll(ConvergenceTable.toText(table).lines().toList());
            Map<String, Object> result = new LinkedHashMap<>(summary.result());
            result.put("convergence", ConvergenceOutputs.summary(table));
            summary = new Summary(result, lines);
        }
        return summary;
    }

    /** One row per point (in order of the parameter values); unfinished ones only at the end, as failed. */
    /** One row per done point, and with {@code outcomes} (key to failure class or status) one per other point too. */
    private List<NormsRow> rows(Map<String, TaskResult> results, Map<String, String> outcomes) {
        List<NormsRow> rows = new ArrayList<>();
        for (DesignPoint p : points) {
            TaskResult r = results.get(p.key());
            if (r != null) {
                Norms norms = new Norms(r.number("l2_dofs"), r.number("L2"), r.number("H1_semi"), r.number("min"),
                        r.number("max"));
                rows.add(new NormsRow(parameters(p), norms, (int) r.number("iterations"), r.computeSeconds(),
                        "done"));
            } else if (outcomes != null) {
                rows.add(new NormsRow(parameters(p), null, -1, Double.NaN, outcomes.getOrDefault(p.key(), "failed")));
            }
        }
        return rows;
    }

    /** A point's parameter values as the table shows them: numbers, and the mesh as 64 or 32x48. */
    static Map<String, Object> parameters(DesignPoint p) {
        Map<String, Object> map = new LinkedHashMap<>();
        p.labels().forEach((name, label) -> map.put(name, name.equals(Design.MESH) ? label : p.values().get(name)));
        return map;
    }

    private Summary summary(List<NormsRow> rows) {
        List<String> names = study.design().names();
        List<String> lines = new ArrayList<>();
        StringBuilder header = new StringBuilder();
        names.forEach(n -> header.append(String.format(java.util.Locale.ROOT, "%-12s ", n)));
        header.append(String.format(java.util.Locale.ROOT, "%-18s %-14s %-14s %-14s %-14s", "l2 (nodal)", "L2",
                "H1 seminorm", "min", "max"));
        lines.add(header.toString().strip());
        Map<String, Object> byKey = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            NormsRow row = rows.get(i);
            Norms m = row.norms();
            byKey.put(points.get(i).key(), m == null ? null : m.l2Dofs());
            if (rows.size() > MAX_PRINTED_ROWS) {
                continue;
            }
            StringBuilder line = new StringBuilder();
            points.get(i).labels().values().forEach(v -> line.append(String.format(java.util.Locale.ROOT, "%-12s ", v)));
            line.append(m == null ? "failed" : String.format(java.util.Locale.ROOT,
                    "%-18.10g %-14.8g %-14.8g %-14.8g %-14.8g", m.l2Dofs(), m.normL2(), m.seminormH1(), m.min(),
                    m.max()));
            lines.add(line.toString().strip());
        }
        if (rows.size() > MAX_PRINTED_ROWS) {
            lines.set(0, rows.size() + " points: norms in norms.csv and norms.json, plotted in norms.png");
        }
        return new Summary(Map.of("result", byKey), lines);
    }

    /** Points ordered by their parameter values, parameter by parameter (the mesh by nx, then ny). */
    private List<DesignPoint> sorted(List<DesignPoint> all) {
        List<String> names = study.design().names();
        Comparator<DesignPoint> order = (a, b) -> 0;
        for (String name : names) {
            order = order.thenComparingDouble(p -> p.number(name));
            if (name.equals(Design.MESH)) {
                order = order.thenComparingInt(p -> p.mesh().ny());
            }
        }
        List<DesignPoint> sorted = new ArrayList<>(all);
        sorted.sort(order);
        return sorted;
    }

    static String vtuOf(String key) {
        return new TaskFiles(Path.of(""), key).relative(PoissonRunner.VTU);
    }
}
