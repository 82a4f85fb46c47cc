package io.sweep.config.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One point of a design: a value for every parameter and the mesh it is solved on.
 *
 * @param labels each swept parameter's value as text, in the design's order (the mesh among
 *               them when it is swept): the task key and the table's first columns
 * @param values the expression parameters' values
 * @param mesh   the mesh of this point
 */
public record DesignPoint(Map<String, String> labels, Map<String, Double> values, MeshSize mesh) {
    /** The key of the point of a design without parameters. */
    public static final String ONLY = "solution";

    public DesignPoint {
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** {@code alpha=10,w=0.02}: stable and safe as a file name. */
    public String key() {
        if (labels.isEmpty()) {
            return ONLY;
        }
        StringJoiner key = new StringJoiner(",");
        labels.forEach((name, label) -> key.add(name + "=" + label));
        return key.toString();
    }

    /** A parameter's value as a number; the mesh's is nx, its cells along x. */
    public double number(String name) {
        if (name.equals(Design.MESH)) {
            return mesh.nx();
        }
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no parameter " + name + " in " + key());
        }
        return value;
    }
}
