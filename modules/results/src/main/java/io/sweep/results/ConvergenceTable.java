package io.sweep.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The convergence table: {@code convergence.csv} (one row per mesh and combination of the other
 * parameters, full precision, the orders between successive meshes) and the text table a study
 * prints at the end, as deal.II's {@code ConvergenceTable} does, with the orders fitted over all
 * meshes under each series.
 *
 * <p>CSV columns: the other parameters in the study's order (as the study labels them), then
 * {@link #COLUMNS}. Numbers are written with {@link Double#toString(double)}; an unknown value (a failed mesh, the reference
 * mesh's own error, the first mesh's order) is an empty cell.
 */
public final class ConvergenceTable {

    /** The CSV's columns after the other parameters. */
    public static final List<String> COLUMNS = List.of("nx", "ny", "h", "unknowns", "L2_error", "L2_order",
            "H1_error", "H1_order", "iterations", "compute_s");

    private ConvergenceTable() {
    }

    public static void writeCsv(Path file, ConvergenceStudy study) throws IOException {
        AtomicFiles.writeString(file, toCsv(study));
    }

    static String toCsv(ConvergenceStudy study) {
        List<String> header = new ArrayList<>(study.parameterNames());
        header.addAll(COLUMNS);
        StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
        for (ConvergenceSeries series : study.series()) {
            for (int k = 0; k < series.rows().size(); k++) {
                ConvergenceRow row = series.rows().get(k);
                List<String> cells = new ArrayList<>();
                cells.addAll(series.parameters().values());
                cells.add(Integer.toString(row.nx()));
                cells.add(Integer.toString(row.ny()));
                cells.add(number(row.h()));
                cells.add(Long.toString(row.unknowns()));
                cells.add(number(row.errorL2()));
                cells.add(number(series.orderL2(k)));
                cells.add(number(row.errorH1()));
                cells.add(number(series.orderH1(k)));
                cells.add(row.iterations() < 0 ? "" : Integer.toString(row.iterations()));
                cells.add(number(row.computeSeconds()));
                csv.append(String.join(",", cells)).append('\n');
            }
        }
        return csv.toString();
    }

    /** The table for people: one block per series, orders to two decimals, fitted orders below. */
    public static String toText(ConvergenceStudy study) {
        StringBuilder text = new StringBuilder("Convergence against ").append(study.reference()).append('\n');
        for (ConvergenceSeries series : study.series()) {
            if (!series.parameters().isEmpty()) {
                text.append(series.label()).append('\n');
            }
            text.append(String.format(Locale.ROOT, "%9s %10s %10s %11s %6s %11s %6s %10s %10s%n",
                    "mesh", "unknowns", "h", "L2_error", "order", "H1_error", "order", "iterations", "compute_s"));
            for (int k = 0; k < series.rows().size(); k++) {
                ConvergenceRow row = series.rows().get(k);
                text.append(String.format(Locale.ROOT, "%9s %10d %10.3e %11s %6s %11s %6s %10s %10s%n",
                        row.meshLabel(), row.unknowns(), row.h(), error(row.errorL2()),
                        order(series.orderL2(k)), error(row.errorH1()), order(series.orderH1(k)),
                        row.iterations() < 0 ? "-" : Integer.toString(row.iterations()),
                        Double.isFinite(row.computeSeconds())
                                ? String.format(Locale.ROOT, "%.3f", row.computeSeconds()) : "-"));
            }
            if (series.meshesWithErrors() < 2) {
                text.append("fitted order: none (it needs two meshes with errors)\n");
            } else {
                text.append(String.format(Locale.ROOT, "fitted order (least squares over %d meshes): L2 %s, H1 %s%n",
                        series.meshesWithErrors(), order(series.fittedOrderL2()), order(series.fittedOrderH1())));
            }
        }
        return text.toString();
    }

    private static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "";
    }

    private static String error(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3e", value) : "-";
    }

    private static String order(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "-";
    }
}
