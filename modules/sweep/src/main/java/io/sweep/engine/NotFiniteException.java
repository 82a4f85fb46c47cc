package io.sweep.engine;

import java.util.List;
import java.util.Map;

/**
 * A task computed a value that is not a finite number (NaN or infinite): its result cannot be
 * recorded in JSON nor tabulated, so the attempt fails with this reason, in the worker, and the
 * rest of the sweep goes on. Thrown by {@link #check}.
 */
public final class NotFiniteException extends RuntimeException {

    public NotFiniteException(String message) {
        super(message);
    }

    /** Throws when any number among the values (in lists and maps too) is NaN or infinite. */
    public static void check(TaskResult result) {
        for (Map.Entry<String, Object> entry : result.values().entrySet()) {
            check(entry.getKey(), entry.getValue());
        }
    }

    private static void check(String name, Object value) {
        if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            throw new NotFiniteException("value " + name + " is " + value + ", not a finite number");
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                check(name + "[" + i + "]", list.get(i));
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                check(name + "." + e.getKey(), e.getValue());
            }
        }
    }
}
