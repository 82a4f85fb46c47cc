package io.sweep.results.report;

import java.util.Locale;

/** A task's state as the report shows it. */
public enum TaskStatus {
    PLANNED, RUNNING, DONE, KEPT, FAILED, INTERRUPTED;

    /**
     * The status a manifest records, also in older spellings: "pending" is planned, "retrying"
     * running, and "done" with {@code reused} kept.
     */
    static TaskStatus parse(String text, boolean reused) {
        String s = text == null ? "planned" : text.toLowerCase(Locale.ROOT);
        return switch (s) {
            case "pending", "planned" -> PLANNED;
            case "running", "retrying" -> RUNNING;
            case "done" -> reused ? KEPT : DONE;
            case "kept" -> KEPT;
            case "failed" -> FAILED;
            case "interrupted" -> INTERRUPTED;
            default -> throw new IllegalArgumentException("unknown task status '" + text + "'");
        };
    }

    /** As the manifest spells it. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
