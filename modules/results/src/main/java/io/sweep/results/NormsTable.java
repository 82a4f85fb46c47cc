package io.sweep.results;

import io.sweep.solver.Norms;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of norms: {@code norms.csv} (one column per parameter, then {@link #COLUMNS}, full
 * precision) and the same data as {@code norms.json}. Rows in the order given.
 *
 * <p>Numbers are written with {@link Double#toString(double)}: locale-free and round-trippable
 * (parsing the text gives the same double). A row without norms (a failed task) has empty cells
 * in the CSV and {@code null} in the JSON; so has a non-finite value, which JSON cannot hold.
 */
public final class NormsTable {
    /** The columns after the parameters' (also the JSON keys). */
    public static final List<String> COLUMNS =
            List.of("l2_dofs", "L2", "H1_semi", "min", "max", "iterations", "compute_s", "status");

    private NormsTable() {
    }

    public static void writeCsv(Path file, List<NormsRow> rows) throws IOException {
        AtomicFiles.writeString(file, toCsv(rows));
    }

    public static void writeJson(Path file, List<NormsRow> rows) throws IOException {
        AtomicFiles.writeString(file, toJson(rows));
    }

    static String toCsv(List<NormsRow> rows) {
        List<String> header = new ArrayList<>(rows.isEmpty() ? List.of() : rows.get(0).parameters().keySet());
        header.addAll(COLUMNS);
        StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
        for (NormsRow row : rows) {
            List<Object> values = new ArrayList<>(values(row).values());
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                Object value = values.get(i);
                csv.append(value == null ? "" : value instanceof String text ? quoted(text) : value);
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    static String toJson(List<NormsRow> rows) throws IOException {
        List<Map<String, Object>> records = new ArrayList<>();
        for (NormsRow row : rows) {
            records.add(values(row));
        }
        return Json.writePretty(records);
    }

    /** One row by column name; doubles stay Double so both formats print them exactly. */
    private static Map<String, Object> values(NormsRow row) {
        Norms norms = row.norms();
        Map<String, Object> values = new LinkedHashMap<>();
        row.parameters().forEach((name, value) -> values.put(name, value instanceof Double d ? finite(d) : value));
        values.put("l2_dofs", norms == null ? null : finite(norms.l2Dofs()));
        values.put("L2", norms == null ? null : finite(norms.normL2()));
        values.put("H1_semi", norms == null ? null : finite(norms.seminormH1()));
        values.put("min", norms == null ? null : finite(norms.min()));
        values.put("max", norms == null ? null : finite(norms.max()));
        values.put("iterations", norms == null || row.iterations() < 0 ? null : row.iterations());
        values.put("compute_s", norms == null ? null : finite(row.computeSeconds()));
        values.put("status", row.status());
        return values;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0
                && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
