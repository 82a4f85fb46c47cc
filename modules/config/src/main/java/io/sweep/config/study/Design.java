package io.sweep.config.study;

import io.sweep.config.BadInputException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The named parameters of a study and how their values combine. The mesh is a parameter like
 * the others when it has several values (or is given with {@code --param mesh=...}).
 *
 * @param names     the swept parameters in the order given ({@link #MESH} among them when swept)
 * @param values    each expression parameter's values
 * @param meshes    the mesh sizes (one when the mesh is not swept)
 * @param kind      grid or zip
 */
public record Design(List<String> names, Map<String, List<Double>> values, List<MeshSize> meshes, DesignKind kind) {
    public static final String MESH = "mesh";
    /** Task keys are at most this long (a file name that every file system takes). */
    static final int MAX_KEY = 120;

    public Design {
        names = List.copyOf(names);
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        meshes = List.copyOf(meshes);
        if (meshes.size() > 1 && !names.contains(MESH)) {
            throw new IllegalArgumentException("several meshes but mesh is not a swept parameter");
        }
    }

    public boolean meshSwept() {
        return names.contains(MESH);
    }

    /** How many values a parameter has. */
    public int count(String name) {
        return name.equals(MESH) ? meshes.size() : values.get(name).size();
    }

    /** The points in plan order: for a grid the last parameter varies fastest. */
    public List<DesignPoint> points() {
        List<DesignPoint> points = new ArrayList<>();
        if (kind == DesignKind.ZIP) {
            int n = names.isEmpty() ? 1 : count(names.get(0));
            for (int i = 0; i < n; i++) {
                int[] index = new int[names.size()];
                java.util.Arrays.fill(index, i);
                points.add(point(index));
            }
            return points;
        }
        int[] index = new int[names.size()];
        while (true) {
            points.add(point(index));
            int d = names.size() - 1;
            while (d >= 0 && ++index[d] == count(names.get(d))) {
                index[d] = 0;
                d--;
            }
            if (d < 0) {
                return points;
            }
        }
    }

    private DesignPoint point(int[] index) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Double> numbers = new LinkedHashMap<>();
        MeshSize mesh = meshes.get(0);
        for (int d = 0; d < names.size(); d++) {
            String name = names.get(d);
            if (name.equals(MESH)) {
                mesh = meshes.get(index[d]);
                labels.put(name, mesh.label());
            } else {
                double v = values.get(name).get(index[d]);
                labels.put(name, Labels.of(v));
                numbers.put(name, v);
            }
        }
        values.forEach((name, list) -> numbers.putIfAbsent(name, list.get(0)));
        return new DesignPoint(labels, numbers, mesh);
    }

    /** Checks what the points need: zip lists of one length, distinct keys of a usable length. */
    void check() {
        if (kind == DesignKind.ZIP) {
            for (String name : names) {
                if (count(name) != count(names.get(0))) {
                    throw new BadInputException("--design zip takes the i-th values together, but " + names.get(0)
                            + " has " + count(names.get(0)) + " values and " + name + " has " + count(name)
                            + ": give lists of one length, or use --design grid");
                }
            }
        }
        List<DesignPoint> points = points();
        if (points.isEmpty()) {
            throw new BadInputException("the design is empty: give each parameter at least one value");
        }
        Set<String> keys = new LinkedHashSet<>();
        for (DesignPoint p : points) {
            if (p.key().length() > MAX_KEY) {
                throw new BadInputException("the task key '" + p.key() + "' is longer than " + MAX_KEY
                        + " characters: use fewer parameters, shorter names or shorter values");
            }
            if (!keys.add(p.key())) {
                throw new BadInputException("the design has the point " + p.key() + " twice: list each value once");
            }
        }
    }
}
