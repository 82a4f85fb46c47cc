package io.sweep.workloads.poisson;

import io.sweep.config.study.DesignPoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The ParaView collections of a study: one per combination of the parameters other than the
 * time parameter, each stepping through the time parameter's values. {@code sweep.pvd} when there
 * is one, otherwise {@code sweep-w=0.02,mesh=64.pvd}: the name says which combination.
 *
 * @param time   the time parameter (empty: none, every point at time 0)
 * @param slices the collections, in plan order
 */
record StudySlices(String time, List<Slice> slices) {

    /** One collection and its points. */
    record Slice(String pvd, String label, List<DesignPoint> points) {
    }

    static StudySlices of(String time, List<DesignPoint> points) {
        Map<String, List<DesignPoint>> byLabel = new LinkedHashMap<>();
        for (DesignPoint p : points) {
            byLabel.computeIfAbsent(others(time, p), k -> new ArrayList<>()).add(p);
        }
        List<Slice> slices = new ArrayList<>();
        for (Map.Entry<String, List<DesignPoint>> e : byLabel.entrySet()) {
            String pvd = byLabel.size() == 1 ? PoissonOutputs.PVD : "sweep-" + e.getKey() + ".pvd";
            slices.add(new Slice(pvd, e.getKey(), e.getValue()));
        }
        return new StudySlices(time, List.copyOf(slices));
    }

    /** The point's time: its value of the time parameter (0 without one). */
    double timeOf(DesignPoint p) {
        return time.isEmpty() ? 0.0 : p.number(time);
    }

    private static String others(String time, DesignPoint p) {
        StringJoiner label = new StringJoiner(",");
        p.labels().forEach((name, value) -> {
            if (!name.equals(time)) {
                label.add(name + "=" + value);
            }
        });
        return label.toString();
    }
}
