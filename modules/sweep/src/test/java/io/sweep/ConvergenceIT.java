package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Convergence studies through the real launcher: the manufactured solution against its exact
 * form (DOLFIN's errornorm figures, orders 2 and 1), the seminar's problem against its finest
 * mesh, and sweep.pvd stepping through the meshes in ParaView.
 */
class ConvergenceIT {
    /** DOLFIN 2019.2, /work/shared/reference/dolfin_convergence.py: n, errornorm L2, errornorm H10. */
    private static final double[][] DOLFIN = {
        {8, 0.02122639898, 0.4311647753},
        {16, 0.005404011889, 0.2174441192},
        {32, 0.001357407048, 0.1089633284},
        {64, 0.0003397584447, 0.05451217005},
        {128, 8.496515077e-05, 0.02725991143},
    };

    @TempDir
    Path dir;

    /** convergence.csv as rows of named cells. */
    static List<Map<String, String>> csv(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        List<String> header = List.of(lines.get(0).split(","));
        return lines.stream().skip(1).map(line -> {
            List<String> cells = List.of(line.split(",", -1));
            assertEquals(header.size(), cells.size(), line);
            Map<String, String> row = new LinkedHashMap<>();
            header.forEach(name -> row.put(name, cells.get(header.indexOf(name))));
            return row;
        }).toList();
    }

    @Test
    void theManufacturedSolutionConvergesAtOrdersTwoAndOne() throws Exception {
        Path out = dir.resolve("out");
        CommandResult result = new SweepLauncher(dir).run("--mesh", "8,16,32,64,128",
                "--source", "2*pi^2*sin(pi*x)*cos(pi*y)", "--flux", "0", "--exact", "sin(pi*x)*cos(pi*y)",
                "--procs", "2", "--out", out.toString());
        assertEquals(0, result.exitCode(), result::describe);

        // The printed table, as deal.II prints its ConvergenceTable: the finest row's orders 2.00 and 1.00.
        String stdout = result.stdout();
        assertTrue(stdout.contains("Convergence against the exact solution sin(pi*x)*cos(pi*y)\n"), stdout);
        Matcher finest = Pattern.compile("\\n\\s+128\\s+16641\\s+\\S+\\s+8\\.497e-05\\s+(\\S+)\\s+2\\.726e-02\\s+(\\S+)\\s")
                .matcher(stdout);
        assertTrue(finest.find(), stdout);
        assertEquals(2.0, Double.parseDouble(finest.group(1)), 0.05, stdout);
        assertEquals(1.0, Double.parseDouble(finest.group(2)), 0.05, stdout);
        assertTrue(stdout.contains("fitted order (least squares over 5 meshes): L2 1.99, H1 1.00"), stdout);

        List<Map<String, String>> rows = csv(out.resolve("convergence.csv"));
        assertEquals(List.of("nx", "ny", "h", "unknowns", "L2_error", "L2_order", "H1_error", "H1_order",
                "iterations", "compute_s"), List.copyOf(rows.get(0).keySet()));
        assertEquals(DOLFIN.length, rows.size());
        for (int k = 0; k < DOLFIN.length; k++) {
            Map<String, String> row = rows.get(k);
            assertEquals((int) DOLFIN[k][0], Integer.parseInt(row.get("nx")));
            assertEquals(DOLFIN[k][1], Double.parseDouble(row.get("L2_error")), 0.01 * DOLFIN[k][1], row.toString());
            assertEquals(DOLFIN[k][2], Double.parseDouble(row.get("H1_error")), 0.01 * DOLFIN[k][2], row.toString());
        }
        assertEquals(2.0, Double.parseDouble(rows.get(4).get("L2_order")), 0.05);
        assertEquals(1.0, Double.parseDouble(rows.get(4).get("H1_order")), 0.05);

        BufferedImage png = ImageIO.read(out.resolve("convergence.png").toFile());
        assertTrue(png != null && png.getWidth() > 500, "convergence.png decodes");

        // Each task's record carries its errors; summary.json the fitted orders.
        Map<String, Object> record = JSON.std.mapFrom(Files.readString(out.resolve("tasks/mesh=64/result.json")));
        assertTrue(record.toString().contains("L2_error"), record.toString());
        Map<String, Object> summary = JSON.std.mapFrom(Files.readString(out.resolve("summary.json")));
        assertTrue(summary.get("convergence").toString().contains("against=the exact solution"), summary.toString());

        // One .vtu per mesh, time = n: ParaView steps through the refinements.
        String pvd = Files.readString(out.resolve("sweep.pvd"));
        for (double[] mesh : DOLFIN) {
            int n = (int) mesh[0];
            assertTrue(pvd.contains("timestep=\"" + n + ".0\"") && pvd.contains("file=\"tasks/mesh=" + n + "/u.vtu\""), pvd);
        }
        ParaView.check(out, List.of("sweep.pvd"), "mesh", "8,16,32,64,128");
    }

    @Test
    void theSeminarsProblemAgainstItsFinestMesh() throws Exception {
        Path out = dir.resolve("out");
        CommandResult result = new SweepLauncher(dir).run("--mesh", "log2:16:256", "--alphas", "10",
                "--procs", "2", "--out", out.toString());
        assertEquals(0, result.exitCode(), result::describe);
        assertTrue(result.stdout().contains("Convergence against the finest mesh (n=256)\n"), result.stdout());
        List<Map<String, String>> rows = csv(out.resolve("convergence.csv"));
        assertEquals("alpha", List.copyOf(rows.get(0).keySet()).get(0));
        assertEquals(List.of("16", "32", "64", "128", "256"), rows.stream().map(r -> r.get("nx")).toList());
        assertEquals("", rows.get(4).get("L2_error"), "the finest mesh is the reference: no error of its own");
        // Its neighbour's error is underestimated (u_256 is not u), so the coarser pairs carry the theory.
        for (int k = 1; k <= 2; k++) {
            assertEquals(2.0, Double.parseDouble(rows.get(k).get("L2_order")), 0.1, rows.get(k).toString());
            assertEquals(1.0, Double.parseDouble(rows.get(k).get("H1_order")), 0.1, rows.get(k).toString());
        }
        Matcher fitted = Pattern.compile("fitted order \\(least squares over 4 meshes\\): L2 (\\S+), H1 (\\S+)\\n")
                .matcher(result.stdout());
        assertTrue(fitted.find(), result.stdout());
        assertEquals(2.0, Double.parseDouble(fitted.group(1)), 0.1);
        assertEquals(1.0, Double.parseDouble(fitted.group(2)), 0.1);
        assertTrue(Files.size(out.resolve("convergence.png")) > 1000);
    }
}
