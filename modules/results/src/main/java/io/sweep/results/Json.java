package io.sweep.results;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The project's JSON: maps, lists, strings, numbers, booleans and null, written and read without a
 * library. Task lines, result records, the manifest, norms.json and compare.json are all this
 * simple, and workers and the parent read and write them on a sweep's critical path: a JSON
 * library's own start-up (measured here: jackson-jr's first use loads about 150 classes and the
 * time-zone database) would be paid by every JVM. Doubles are written with {@link Double#toString}, so they read back to the same
 * bits; non-finite numbers, which JSON cannot hold, are written as null.
 */
public final class Json {
    private Json() {
    }

    /** Compact, on one line. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out, -1);
        return out.toString();
    }

    /** Indented by two spaces, ending with a newline: for files people read. */
    public static String writePretty(Object value) {
        StringBuilder out = new StringBuilder(4096);
        write(value, out, 0);
        return out.append('\n').toString();
    }

    /**
     * A value already written by {@link #pretty(Object, int)} at the depth where it is put: written
     * as it is. A big file rewritten often (manifest.json lists every task) keeps the text of the
     * parts that did not change instead of writing them again.
     */
    public record Written(String text) {
    }

    /** A value indented as if it stood {@code depth} levels deep in a pretty file, for {@link Written}. */
    public static Written pretty(Object value, int depth) {
        StringBuilder out = new StringBuilder(256);
        write(value, out, depth);
        return new Written(out.toString());
    }

    private static void write(Object value, StringBuilder out, int indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Written w) {
            out.append(w.text());
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            out.append(Double.isFinite(d) ? Double.toString(d) : "null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ",");
                newline(out, deeper(indent));
                string(String.valueOf(e.getKey()), out);
                out.append(indent >= 0 ? ": " : ":");
                write(e.getValue(), out, deeper(indent));
                first = false;
            }
            if (!first) {
                newline(out, indent);
            }
            out.append('}');
        } else if (value instanceof Iterable<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                out.append(first ? "" : ",");
                newline(out, deeper(indent));
                write(item, out, deeper(indent));
                first = false;
            }
            if (!first) {
                newline(out, indent);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not JSON: " + value.getClass().getName());
        }
    }

    /** The indent one level down; compact output (-1) stays compact. */
    private static int deeper(int indent) {
        return indent < 0 ? -1 : indent + 1;
    }

    private static void newline(StringBuilder out, int indent) {
        if (indent >= 0) {
            out.append('\n');
            for (int i = 0; i < indent; i++) {
                out.append("  ");
            }
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        if (plain(s)) { // the common case, appended at once: char by char was most of a manifest's cost
            out.append(s).append('"');
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads one value: objects as {@link LinkedHashMap}, arrays as {@link ArrayList}, whole numbers
     * as {@link Long}, other numbers as {@link Double}.
     */
    public static Object read(String text) throws IOException {
        JsonReader reader = new JsonReader(text);
        Object value = reader.value();
        reader.end();
        return value;
    }

    /** Reads a JSON object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readObject(String text) throws IOException {
        Object value = read(text);
        if (!(value instanceof Map)) {
            throw new IOException("expected a JSON object");
        }
        return (Map<String, Object>) value;
    }
}
