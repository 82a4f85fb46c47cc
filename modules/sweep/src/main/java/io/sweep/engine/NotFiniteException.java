package io.sweep.engine;

import java.util.Map;

/** A task's result holds a number that is not finite: the task fails, with the value named. */
public final class NotFiniteException extends RuntimeException {
    public NotFiniteException(String message) {
        super(message);
    }

    /** Throws when a top-level value is NaN or infinite. */
    static void check(Map<String, Object> values) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getValue() instanceof Double d && !Double.isFinite(d)
                    || e.getValue() instanceof Float f && !Float.isFinite(f)) {
                throw new NotFiniteException("the task's value '" + e.getKey() + "' is " + e.getValue()
                        + ", not a finite number");
            }
        }
    }
}
