package io.sweep.workloads.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the modes of a comparison computed the same thing, by the workload's own rule: pi with a
 * seed and map must agree exactly, the series to 1e-12 relative (its partial sums are added in a
 * different grouping), hello on which greetings happened (their order is the point of it).
 */
public record Agreement(boolean agree, String rule, String detail) {

    public static Agreement check(String workload, List<ModeRun> runs) {
        if (workload.equals("map") && "completion".equals(runs.get(0).summary().get("order"))) {
            workload = "map-unordered";
        }
        String rule = switch (workload) {
            case "series" -> "equal to 1e-12 relative";
            case "hello" -> "same greetings (the order may differ)";
            case "map" -> "equal lists";
            case "map-unordered" -> "same results (--unordered: the order may differ)";
            default -> "exactly equal";
        };
        ModeRun first = runs.get(0);
        for (ModeRun other : runs.subList(1, runs.size())) {
            if (!same(workload, first.result(), other.result())) {
                return new Agreement(false, rule, first.mode() + " gave " + shown(first.result())
                        + " but " + other.mode() + " gave " + shown(other.result()));
            }
        }
        return new Agreement(true, rule, "all " + runs.size() + " modes gave " + shown(first.result()));
    }

    static boolean same(String workload, Object a, Object b) {
        if (a == null || b == null) {
            return false;
        }
        return switch (workload) {
            case "series" -> {
                double x = ((Number) a).doubleValue();
                double y = ((Number) b).doubleValue();
                yield Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y));
            }
            case "hello", "map-unordered" -> sortedLongs(a).equals(sortedLongs(b));
            case "map" -> longs(a).equals(longs(b));
            default -> a instanceof Number x && b instanceof Number y
                    ? x.doubleValue() == y.doubleValue() : a.equals(b);
        };
    }

    private static List<Long> longs(Object list) {
        List<Long> values = new ArrayList<>();
        for (Object item : (List<?>) list) {
            values.add(((Number) item).longValue());
        }
        return values;
    }

    private static List<Long> sortedLongs(Object list) {
        List<Long> values = longs(list);
        values.sort(null);
        return values;
    }

    private static String shown(Object result) {
        String text = String.valueOf(result);
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
