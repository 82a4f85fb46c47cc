package io.sweep.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** convergence.csv and the printed table of the manufactured solution's study. */
class ConvergenceTableTest {

    @TempDir
    Path directory;

    private static final ConvergenceStudy STUDY = ManufacturedStudy.study();

    private static List<Map<String, String>> parse(String csv) {
        String[] lines = csv.split("\n");
        String[] header = lines[0].split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            assertEquals(header.length, cells.length, "cells in line " + i + ": " + lines[i]);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c], cells[c]);
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void csvHasTheIssuesColumnsAndOneRowPerMesh() throws IOException {
        Path file = directory.resolve("convergence.csv");
        ConvergenceTable.writeCsv(file, STUDY);
        String csv = Files.readString(file);
        assertEquals("nx,ny,h,unknowns,L2_error,L2_order,H1_error,H1_order,iterations,compute_s",
                csv.lines().findFirst().orElseThrow());
        List<Map<String, String>> rows = parse(csv);
        assertEquals(ManufacturedStudy.SIZES.length, rows.size());
        for (int k = 0; k < rows.size(); k++) {
            int n = ManufacturedStudy.SIZES[k];
            Map<String, String> row = rows.get(k);
            assertEquals(Integer.toString(n), row.get("nx"));
            assertEquals(Long.toString((n + 1L) * (n + 1L)), row.get("unknowns"));
            assertEquals(Math.sqrt(2) / n, Double.parseDouble(row.get("h")), 1e-15);
            // Errors equal DOLFIN's errornorm to 1%.
            assertEquals(ManufacturedStudy.DOLFIN_L2[k], Double.parseDouble(row.get("L2_error")),
                    0.01 * ManufacturedStudy.DOLFIN_L2[k], "L2 error at n=" + n);
            assertEquals(ManufacturedStudy.DOLFIN_H1[k], Double.parseDouble(row.get("H1_error")),
                    0.01 * ManufacturedStudy.DOLFIN_H1[k], "H1 error at n=" + n);
            assertTrue(Integer.parseInt(row.get("iterations")) > 0);
        }
        assertEquals("", rows.get(0).get("L2_order"), "the coarsest mesh has no order");
        Map<String, String> finest = rows.get(rows.size() - 1);
        assertEquals(2.0, Double.parseDouble(finest.get("L2_order")), 0.05);
        assertEquals(1.0, Double.parseDouble(finest.get("H1_order")), 0.05);
        // The values are the doubles themselves, not rounded.
        ConvergenceRow last = STUDY.series().get(0).rows().get(rows.size() - 1);
        assertEquals(last.errorL2(), Double.parseDouble(finest.get("L2_error")));
    }

    @Test
    void orderIsTheRatioOfLogsBetweenSuccessiveMeshes() {
        ConvergenceSeries series = STUDY.series().get(0);
        for (int k = 1; k < series.rows().size(); k++) {
            ConvergenceRow coarse = series.rows().get(k - 1), fine = series.rows().get(k);
            assertEquals(Math.log(coarse.errorL2() / fine.errorL2()) / Math.log(2), series.orderL2(k), 1e-12);
            assertEquals(Math.log(coarse.errorH1() / fine.errorH1()) / Math.log(2), series.orderH1(k), 1e-12);
        }
        assertEquals(2.0, series.fittedOrderL2(), 0.05);
        assertEquals(1.0, series.fittedOrderH1(), 0.05);
    }

    @Test
    void printedTableShowsEveryMeshAndTheOrders() {
        String text = ConvergenceTable.toText(STUDY);
        List<String> lines = text.lines().toList();
        assertEquals("Convergence against the exact solution sin(pi*x)*cos(pi*y)", lines.get(0));
        assertTrue(lines.get(1).matches("\\s*mesh\\s+unknowns\\s+h\\s+L2_error\\s+order\\s+H1_error\\s+order\\s+iterations\\s+compute_s"),
                lines.get(1));
        assertTrue(lines.get(2).matches("\\s*8\\s+81\\s+1\\.768e-01\\s+2\\.12\\de-02\\s+-\\s+4\\.31\\de-01\\s+-\\s+\\d+\\s+0\\.080"),
                lines.get(2));
        assertTrue(lines.get(6).matches("\\s*128\\s+16641\\s+\\S+\\s+8\\.49\\de-05\\s+(1\\.9[5-9]|2\\.0[0-5])\\s+2\\.72\\de-02\\s+(0\\.9[5-9]|1\\.0[0-5])\\s+.*"),
                lines.get(6));
        assertTrue(lines.get(7).matches("fitted order \\(least squares over 5 meshes\\): L2 (1\\.9[5-9]|2\\.0[0-5]), H1 (0\\.9[5-9]|1\\.0[0-5])"),
                lines.get(7));
    }

    @Test
    void unknownErrorsAreEmptyCellsAndDashes() {
        // Against the finest mesh, the finest has no error of its own; a failed mesh has none either.
        List<ConvergenceRow> rows = List.of(
                new ConvergenceRow(16, 16, 0.1, 289, 4e-3, 0.2, 11, 0.01),
                new ConvergenceRow(32, 32, 0.05, 1089, Double.NaN, Double.NaN, -1, Double.NaN),
                new ConvergenceRow(64, 64, 0.025, 4225, 2.5e-4, 0.05, 11, 0.02),
                new ConvergenceRow(128, 128, 0.0125, 16641, Double.NaN, Double.NaN, 12, 0.05));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("w", "0.02");
        parameters.put("alpha", "10");
        ConvergenceStudy study = new ConvergenceStudy("the finest mesh (n=128)",
                List.of(new ConvergenceSeries(parameters, rows)));
        List<Map<String, String>> csv = parse(ConvergenceTable.toCsv(study));
        assertEquals(List.of("w", "alpha", "nx"), List.copyOf(csv.get(0).keySet()).subList(0, 3));
        assertEquals("0.02", csv.get(0).get("w"));
        assertEquals("", csv.get(1).get("L2_error"));
        assertEquals("", csv.get(1).get("iterations"));
        assertEquals("", csv.get(2).get("L2_order"), "no order next to a missing error");
        assertEquals("", csv.get(3).get("H1_error"));
        assertEquals(2.0, study.series().get(0).fittedOrderL2(), 1e-12);
        String text = ConvergenceTable.toText(study);
        assertTrue(text.contains("w=0.02, alpha=10\n"), text);
        assertTrue(text.contains("least squares over 2 meshes"), text);
        ConvergenceStudy single = new ConvergenceStudy("the exact solution x", List.of(new ConvergenceSeries(Map.of(),
                rows.subList(0, 1))));
        assertTrue(ConvergenceTable.toText(single).endsWith("fitted order: none (it needs two meshes with errors)\n"));
    }
}
