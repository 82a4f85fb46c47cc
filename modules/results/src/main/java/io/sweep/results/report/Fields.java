package io.sweep.results.report;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Tolerant reads of a manifest's JSON values: what is missing or of another type reads as absent,
 * so a manifest of an older or a newer sweep, or of one still running, still gives a report.
 */
final class Fields {
    private Fields() {
    }

    static String string(Map<String, Object> map, String name) {
        Object value = map.get(name);
        return value == null ? null : String.valueOf(value);
    }

    static Double number(Map<String, Object> map, String name) {
        return map.get(name) instanceof Number n ? n.doubleValue() : null;
    }

    static int whole(Map<String, Object> map, String name) {
        return map.get(name) instanceof Number n ? n.intValue() : 0;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> map, String name) {
        return map.get(name) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Map<String, Object> map, String name) {
        if (!(map.get(name) instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList();
    }

    /** An ISO-8601 instant, or null when absent or unreadable. */
    static Instant instant(Map<String, Object> map, String name) {
        String text = string(map, name);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
