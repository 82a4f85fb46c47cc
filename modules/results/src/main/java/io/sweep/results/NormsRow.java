package io.sweep.results;

import io.sweep.solver.Norms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of the norms table: one point of a study.
 *
 * @param parameters     the point's parameter values in the study's order (numbers, or text
 *                       such as a mesh size 32x48); the table's first columns
 * @param norms          the solution's norms; null for a point that failed
 * @param iterations     conjugate-gradient iterations of its solve (-1: unknown)
 * @param computeSeconds the task's compute time
 * @param status         the task's status (done, failed, ...)
 */
public record NormsRow(Map<String, Object> parameters, Norms norms, int iterations, double computeSeconds,
                       String status) {

    public NormsRow {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A row of an α sweep. */
    public NormsRow(double alpha, Norms norms, double computeSeconds, String status) {
        this(Map.of("alpha", alpha), norms, -1, computeSeconds, status);
    }

    /** The first parameter's value as a number (a mesh NXxNY counts as NX): the plots' abscissa. */
    public double x() {
        return parameters.isEmpty() ? 0.0 : number(parameters.values().iterator().next());
    }

    /** The other parameters, as a legend shows them ({@code w=0.02, mesh=64}); empty without any. */
    public String series() {
        StringBuilder label = new StringBuilder();
        boolean first = true;
        for (Map.Entry<String, Object> e : parameters.entrySet()) {
            if (first) {
                first = false;
                continue;
            }
            label.append(label.length() == 0 ? "" : ", ").append(e.getKey()).append('=').append(text(e.getValue()));
        }
        return label.toString();
    }

    /** The first parameter's name ("" without any). */
    public String xName() {
        return parameters.isEmpty() ? "" : parameters.keySet().iterator().next();
    }

    static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        String s = String.valueOf(value);
        int x = s.indexOf('x');
        return Double.parseDouble(x < 0 ? s : s.substring(0, x));
    }

    /** A value as a label: 10 rather than 10.0. */
    static String text(Object value) {
        String s = String.valueOf(value);
        return value instanceof Double && s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
