package io.sweep.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workload's reduction of its results: written to {@code summary.json}, and printed.
 *
 * @param result the reduced values, JSON-friendly; {@code result} holds the main one where there
 *               is one (pi's estimate, the series' sum)
 * @param lines  what the command prints for people, one line each
 */
public record Summary(Map<String, Object> result, List<String> lines) {
    public Summary {
        result = Collections.unmodifiableMap(new LinkedHashMap<>(result));
        lines = List.copyOf(lines);
    }
}
