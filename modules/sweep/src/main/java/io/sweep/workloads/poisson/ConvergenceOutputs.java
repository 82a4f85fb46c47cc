package io.sweep.workloads.poisson;

import io.sweep.config.study.Convergence;
import io.sweep.config.study.Design;
import io.sweep.config.study.DesignPoint;
import io.sweep.config.study.Domain;
import io.sweep.engine.TaskResult;
import io.sweep.results.ConvergencePlot;
import io.sweep.results.ConvergenceRow;
import io.sweep.results.ConvergenceSeries;
import io.sweep.results.ConvergenceStudy;
import io.sweep.results.ConvergenceTable;
import io.sweep.results.VtuReader;
import io.sweep.solver.ErrorNorms;
import io.sweep.solver.Mesh;
import io.sweep.solver.NestedError;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The convergence table of a study, written by the parent at the end: {@code convergence.csv},
 * {@code convergence.png} and the printed table ({@link ConvergenceTable}). One series per
 * combination of the parameters other than the mesh. With {@code --exact} the errors are the
 * workers' ({@link PoissonRunner#L2_ERROR}); without, each coarser mesh's solution is read back
 * from its .vtu and compared with the finest mesh's of its series ({@link NestedError}).
 */
final class ConvergenceOutputs {
    static final String CSV = "convergence.csv";
    static final String PNG = "convergence.png";

    private final Convergence convergence;
    private final Domain domain;

    ConvergenceOutputs(Convergence convergence, Domain domain) {
        this.convergence = convergence;
        this.domain = domain;
    }

    /** Writes the files and returns the study they show; {@code points} in table order. */
    ConvergenceStudy write(List<DesignPoint> points, Map<String, TaskResult> results, Path outDir)
            throws IOException {
        ConvergenceStudy study = study(points, results, outDir);
        ConvergenceTable.writeCsv(outDir.resolve(CSV), study);
        ConvergencePlot.write(outDir.resolve(PNG), study);
        return study;
    }

    ConvergenceStudy study(List<DesignPoint> points, Map<String, TaskResult> results, Path outDir)
            throws IOException {
        Map<Map<String, String>, List<DesignPoint>> series = new LinkedHashMap<>();
        for (DesignPoint p : points) {
            series.computeIfAbsent(others(p), k -> new ArrayList<>()).add(p);
        }
        List<ConvergenceSeries> all = new ArrayList<>();
        for (Map.Entry<Map<String, String>, List<DesignPoint>> e : series.entrySet()) {
            Map<String, ErrorNorms> errors = convergence.exact().isPresent()
                    ? workersErrors(e.getValue(), results) : againstFinest(e.getValue(), results, outDir);
            List<ConvergenceRow> rows = new ArrayList<>();
            for (DesignPoint p : e.getValue()) {
                rows.add(row(p, results.get(p.key()), errors.get(p.key())));
            }
            all.add(new ConvergenceSeries(e.getKey(), rows));
        }
        return new ConvergenceStudy(convergence.reference(), all);
    }

    /** What summary.json records: the reference and each series' fitted orders. */
    static Map<String, Object> summary(ConvergenceStudy study) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ConvergenceSeries s : study.series()) {
            Map<String, Object> map = new LinkedHashMap<>(s.parameters());
            map.put("meshes", s.meshesWithErrors());
            map.put("L2_order", finite(s.fittedOrderL2()));
            map.put("H1_order", finite(s.fittedOrderH1()));
            list.add(map);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("against", study.reference());
        summary.put("fitted_orders", list);
        return summary;
    }

    private ConvergenceRow row(DesignPoint p, TaskResult r, ErrorNorms errors) {
        int nx = p.mesh().nx(), ny = p.mesh().ny();
        double h = ConvergenceRow.cellDiameter(domain.x1() - domain.x0(), domain.y1() - domain.y0(), nx, ny);
        return new ConvergenceRow(nx, ny, h, ConvergenceRow.unknowns(nx, ny),
                errors == null ? Double.NaN : errors.normL2(), errors == null ? Double.NaN : errors.seminormH1(),
                r == null ? -1 : (int) r.number("iterations"), r == null ? Double.NaN : r.computeSeconds());
    }

    private static Map<String, ErrorNorms> workersErrors(List<DesignPoint> points, Map<String, TaskResult> results) {
        Map<String, ErrorNorms> errors = new LinkedHashMap<>();
        for (DesignPoint p : points) {
            TaskResult r = results.get(p.key());
            if (r != null) {
                errors.put(p.key(), new ErrorNorms(r.number(PoissonRunner.L2_ERROR), r.number(PoissonRunner.H1_ERROR)));
            }
        }
        return errors;
    }

    /** Each coarser finished mesh against the finest of the series; none when the finest did not finish. */
    private Map<String, ErrorNorms> againstFinest(List<DesignPoint> points, Map<String, TaskResult> results,
                                                  Path outDir) throws IOException {
        Map<String, ErrorNorms> errors = new LinkedHashMap<>();
        DesignPoint finest = points.stream().filter(p -> p.mesh().equals(convergence.finest())).findFirst()
                .orElse(null);
        if (finest == null || !results.containsKey(finest.key())) {
            return errors;
        }
        Mesh fine = mesh(finest);
        double[] fineU = VtuReader.readPointData(outDir.resolve(PoissonOutputs.vtuOf(finest.key())));
        for (DesignPoint p : points) {
            if (p != finest && results.containsKey(p.key())) {
                double[] u = VtuReader.readPointData(outDir.resolve(PoissonOutputs.vtuOf(p.key())));
                errors.put(p.key(), NestedError.of(mesh(p), u, fine, fineU));
            }
        }
        return errors;
    }

    private Mesh mesh(DesignPoint p) {
        return Mesh.rectangle(domain.x0(), domain.y0(), domain.x1(), domain.y1(), p.mesh().nx(), p.mesh().ny());
    }

    /** The point's labels without the mesh: which series it belongs to. */
    private static Map<String, String> others(DesignPoint p) {
        Map<String, String> others = new LinkedHashMap<>(p.labels());
        others.remove(Design.MESH);
        return others;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
