package io.sweep.results;

import com.fasterxml.jackson.jr.ob.JSON;
import io.sweep.solver.Norms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NormsTableTest {
    private static final List<NormsRow> ROWS = List.of(
            new NormsRow(row(0.1, "64"), new Norms(18.47620184, 0.1 + 0.2, 1e-300, -0.0, 7e22), 11, 0.75, "done"),
            new NormsRow(row(10, "32x48"), null, -1, 3.25, "failed, exit 137"),
            new NormsRow(row(100, "64"), new Norms(240.3141647123456, 1.0 / 3, Math.PI, -2.5e-5, Math.E),
                    0, 12.5, "done"));

    private static Map<String, Object> row(double w, String mesh) {
        Map<String, Object> parameters = new java.util.LinkedHashMap<>();
        parameters.put("w", w);
        parameters.put("mesh", mesh);
        return parameters;
    }

    @TempDir
    Path directory;

    @Test
    void csvHasAColumnPerParameterThenTheNormsInTheGivenOrderAndRoundTrippableNumbers() throws IOException {
        Path csv = directory.resolve("norms.csv");
        NormsTable.writeCsv(csv, ROWS);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("w,mesh,l2_dofs,L2,H1_semi,min,max,iterations,compute_s,status", lines.get(0));
        assertEquals(4, lines.size());
        String[] first = lines.get(1).split(",");
        assertEquals(0.1, Double.parseDouble(first[0]));
        assertEquals("64", first[1]);
        assertEquals(18.47620184, Double.parseDouble(first[2]));
        assertEquals(0.1 + 0.2, Double.parseDouble(first[3]));
        assertEquals(1e-300, Double.parseDouble(first[4]));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Double.parseDouble(first[5])));
        assertEquals(7e22, Double.parseDouble(first[6]));
        assertEquals("11", first[7]);
        assertEquals(0.75, Double.parseDouble(first[8]));
        assertEquals("10.0,32x48,,,,,,,,\"failed, exit 137\"", lines.get(2));
        String[] last = lines.get(3).split(",");
        assertEquals(240.3141647123456, Double.parseDouble(last[2]));
        assertEquals(1.0 / 3, Double.parseDouble(last[3]));
        assertEquals(Math.PI, Double.parseDouble(last[4]));
    }

    @Test
    void jsonHoldsTheSameRowsExactly() throws IOException {
        Path json = directory.resolve("norms.json");
        NormsTable.writeJson(json, ROWS);
        List<Object> rows = JSON.std.listFrom(Files.readString(json));
        assertEquals(3, rows.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) rows.get(0);
        List<String> columns = new java.util.ArrayList<>(List.of("w", "mesh"));
        columns.addAll(NormsTable.COLUMNS);
        assertEquals(columns, List.copyOf(first.keySet()));
        assertEquals(0.1, ((Number) first.get("w")).doubleValue());
        assertEquals("64", first.get("mesh"));
        assertEquals(0.1 + 0.2, ((Number) first.get("L2")).doubleValue());
        assertEquals(7e22, ((Number) first.get("max")).doubleValue());
        @SuppressWarnings("unchecked")
        Map<String, Object> failed = (Map<String, Object>) rows.get(1);
        assertNull(failed.get("l2_dofs"));
        assertEquals("failed, exit 137", failed.get("status"));
        @SuppressWarnings("unchecked")
        Map<String, Object> last = (Map<String, Object>) rows.get(2);
        assertEquals(240.3141647123456, ((Number) last.get("l2_dofs")).doubleValue());
        assertEquals(Math.E, ((Number) last.get("max")).doubleValue());
    }

    @Test
    void outputDoesNotDependOnTheDefaultLocale() throws IOException {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            String csv = NormsTable.toCsv(ROWS);
            String json = NormsTable.toJson(ROWS);
            Locale.setDefault(Locale.GERMANY);
            assertEquals(csv, NormsTable.toCsv(ROWS));
            assertEquals(json, NormsTable.toJson(ROWS));
        } finally {
            Locale.setDefault(before);
        }
    }
}
