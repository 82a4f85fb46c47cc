package io.sweep.workloads.poisson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sweep.config.study.Convergence;
import io.sweep.config.study.DesignPoint;
import io.sweep.config.study.Study;
import io.sweep.config.study.StudyInput;
import io.sweep.engine.TaskResult;
import io.sweep.results.ConvergenceRow;
import io.sweep.results.ConvergenceSeries;
import io.sweep.results.ConvergenceStudy;
import io.sweep.results.VtuEncoding;
import io.sweep.results.VtuWriter;
import io.sweep.solver.ErrorNorms;
import io.sweep.solver.Mesh;
import io.sweep.solver.NestedError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parent's convergence table: series per combination, errors against the finest, missing meshes. */
class ConvergenceOutputsTest {
    @TempDir
    Path out;

    /** A study of k·x·y on a 2x1 rectangle over three meshes and two values of k; no --exact. */
    private static final Study STUDY = Study.parse(new StudyInput("k*x*y", "0", "0", "left,right", "0,0,2,1",
            "4x2,8x4,16x8", null, List.of("k=1,3"), "grid", null));

    /** Writes a made-up solution per point (not a solve: the table only reads the files back). */
    private Map<String, TaskResult> results(List<DesignPoint> points) throws Exception {
        Map<String, TaskResult> results = new HashMap<>();
        for (DesignPoint p : points) {
            Mesh mesh = Mesh.rectangle(0, 0, 2, 1, p.mesh().nx(), p.mesh().ny());
            Path vtu = out.resolve(PoissonOutputs.vtuOf(p.key()));
            Files.createDirectories(vtu.getParent());
            VtuWriter.write(vtu, mesh, u(mesh, p.values().get("k")), Map.of(), VtuEncoding.RAW);
            results.put(p.key(), new TaskResult(p.key(), Map.of("iterations", 7), List.of(), 0.5, 1));
        }
        return results;
    }

    private static double[] u(Mesh mesh, double k) {
        double[] u = new double[mesh.vertexCount()];
        for (int v = 0; v < u.length; v++) {
            u[v] = k * Math.sin(mesh.x(v)) * Math.exp(mesh.y(v));
        }
        return u;
    }

    private static ConvergenceOutputs outputs() {
        return new ConvergenceOutputs(Convergence.of(null, STUDY).orElseThrow(), STUDY.problem().domain());
    }

    @Test
    void oneSeriesPerOtherParameterEachAgainstItsFinestMesh() throws Exception {
        List<DesignPoint> points = STUDY.design().points();
        ConvergenceStudy study = outputs().study(points, results(points), out);
        assertEquals("the finest mesh (n=16x8)", study.reference());
        assertEquals(2, study.series().size());
        for (ConvergenceSeries series : study.series()) {
            double k = Double.parseDouble(series.parameters().get("k"));
            List<ConvergenceRow> rows = series.rows();
            assertEquals(List.of(4, 8, 16), rows.stream().map(ConvergenceRow::nx).toList());
            Mesh coarse = Mesh.rectangle(0, 0, 2, 1, 4, 2), fine = Mesh.rectangle(0, 0, 2, 1, 16, 8);
            ErrorNorms expected = NestedError.of(coarse, u(coarse, k), fine, u(fine, k));
            assertEquals(expected.normL2(), rows.get(0).errorL2(), 1e-15);
            assertEquals(expected.seminormH1(), rows.get(0).errorH1(), 1e-15);
            assertTrue(Double.isNaN(rows.get(2).errorL2()), "the finest mesh has no error of its own");
            assertEquals(Math.hypot(0.5, 0.5), rows.get(0).h(), 1e-15);
            assertEquals(7, rows.get(1).iterations());
        }
        // The same errors scaled by k: the series are told apart by their own solutions.
        assertEquals(3.0, study.series().get(1).rows().get(0).errorL2() / study.series().get(0).rows().get(0).errorL2(),
                1e-12);
    }

    @Test
    void aMissingMeshLeavesAnEmptyRowAndAMissingFinestLeavesNoErrors() throws Exception {
        List<DesignPoint> points = STUDY.design().points();
        Map<String, TaskResult> results = results(points);
        results.remove("k=1,mesh=8x4");
        results.remove("k=3,mesh=16x8");
        ConvergenceStudy study = outputs().study(points, results, out);
        ConvergenceSeries one = study.series().get(0), three = study.series().get(1);
        assertTrue(one.rows().get(0).errorL2() > 0);
        assertTrue(Double.isNaN(one.rows().get(1).errorL2()));
        assertEquals(-1, one.rows().get(1).iterations());
        for (ConvergenceRow row : three.rows()) {
            assertTrue(Double.isNaN(row.errorL2()), "without the finest mesh there is nothing to compare with");
        }
    }
}
