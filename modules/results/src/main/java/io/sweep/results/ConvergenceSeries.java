package io.sweep.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The meshes of a convergence study for one combination of the other parameters, coarsest
 * first, with the observed orders between successive meshes and over all of them.
 *
 * @param parameters the other parameters' values as the study writes them (its task keys' text),
 *                   in the order the study names them; empty when only the mesh is swept
 * @param rows       one per mesh, sorted from the largest h to the smallest
 */
public record ConvergenceSeries(Map<String, String> parameters, List<ConvergenceRow> rows) {

    public ConvergenceSeries {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        List<ConvergenceRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble(ConvergenceRow::h).reversed()
                .thenComparingLong(ConvergenceRow::unknowns));
        rows = List.copyOf(sorted);
    }

    /** The L² order between row k-1 and row k (NaN for the first row or a missing error). */
    public double orderL2(int k) {
        return k == 0 ? Double.NaN : ObservedOrder.between(rows.get(k - 1).h(), rows.get(k - 1).errorL2(),
                rows.get(k).h(), rows.get(k).errorL2());
    }

    /** The H¹ order between row k-1 and row k. */
    public double orderH1(int k) {
        return k == 0 ? Double.NaN : ObservedOrder.between(rows.get(k - 1).h(), rows.get(k - 1).errorH1(),
                rows.get(k).h(), rows.get(k).errorH1());
    }

    /** The L² order fitted by least squares over every mesh with an error. */
    public double fittedOrderL2() {
        return ObservedOrder.fitted(hs(), errors(true));
    }

    /** The H¹ order fitted by least squares over every mesh with an error. */
    public double fittedOrderH1() {
        return ObservedOrder.fitted(hs(), errors(false));
    }

    /** Meshes with both errors known. */
    public int meshesWithErrors() {
        int count = 0;
        for (ConvergenceRow row : rows) {
            if (Double.isFinite(row.errorL2()) && Double.isFinite(row.errorH1())) {
                count++;
            }
        }
        return count;
    }

    /** "w=0.02, k=1", or "" when only the mesh is swept. */
    public String label() {
        StringBuilder label = new StringBuilder();
        parameters.forEach((name, value) -> label.append(label.length() == 0 ? "" : ", ")
                .append(name).append('=').append(value));
        return label.toString();
    }

    private double[] hs() {
        return rows.stream().mapToDouble(ConvergenceRow::h).toArray();
    }

    private double[] errors(boolean l2) {
        return rows.stream().mapToDouble(l2 ? ConvergenceRow::errorL2 : ConvergenceRow::errorH1).toArray();
    }
}
