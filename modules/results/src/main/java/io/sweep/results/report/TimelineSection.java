package io.sweep.results.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row per worker process (or Slurm array task), one bar per attempt it ran, placed by its
 * start and end and coloured by its outcome: idle workers, retries and stragglers show. An attempt
 * still running ends at the time the report was made.
 */
final class TimelineSection implements Section {
    private static final int TICKS = 5;

    /** An attempt with the task it belongs to. */
    private record Bar(String key, Attempt attempt) {
    }

    @Override
    public void write(Html html, ReportData data) {
        Map<String, List<Bar>> byWorker = rows(data);
        html.markup("<section id=\"timeline\"><h2>Timeline</h2>");
        if (byWorker.isEmpty()) {
            html.element("p", "The manifest records no attempt with its start time yet.").markup("</section>");
            return;
        }
        Instant from = byWorker.values().stream().flatMap(List::stream).map(b -> b.attempt().started())
                .min(Comparator.naturalOrder()).orElseThrow();
        Instant to = byWorker.values().stream().flatMap(List::stream).map(b -> end(b, data))
                .max(Comparator.naturalOrder()).orElseThrow();
        double span = Math.max(1e-3, seconds(from, to));
        html.markup("<div class=\"legend\">").markup("<span class=\"bar-key outcome-done\"></span>done ")
                .markup("<span class=\"bar-key outcome-failed\"></span>failed ")
                .markup("<span class=\"bar-key outcome-interrupted\"></span>interrupted ")
                .markup("<span class=\"bar-key outcome-running\"></span>running</div>");
        html.markup("<div class=\"timeline\">");
        byWorker.forEach((worker, bars) -> {
            html.open("div", "class", "timeline-row", "data-worker", worker).element("div", worker, "class", "worker")
                    .markup("<div class=\"track\">");
            for (Bar bar : bars) {
                Attempt a = bar.attempt();
                double left = 100 * seconds(from, a.started()) / span;
                double width = Math.max(0.4, 100 * seconds(a.started(), end(bar, data)) / span);
                html.open("div", "class", "bar outcome-" + a.outcome(), "data-key", bar.key(), "data-outcome",
                        a.outcome(), "style", String.format(Locale.ROOT, "left:%.3f%%;width:%.3f%%", left,
                                Math.min(width, 100 - left)), "title", title(bar, data)).close("div");
            }
            html.markup("</div></div>");
        });
        html.markup("<div class=\"timeline-row axis\"><div class=\"worker\">seconds</div><div class=\"track\">");
        for (int i = 0; i <= TICKS; i++) {
            html.element("span", String.format(Locale.ROOT, "%.3g", span * i / TICKS), "class", "tick", "style",
                    String.format(Locale.ROOT, "left:%.1f%%", 100.0 * i / TICKS));
        }
        html.markup("</div></div></div></section>");
    }

    /** Workers in the order they first started an attempt; each one's attempts in time order. */
    private static Map<String, List<Bar>> rows(ReportData data) {
        List<Bar> bars = new ArrayList<>();
        for (TaskRow task : data.tasks()) {
            task.attemptLog().stream().filter(a -> a.started() != null).forEach(a -> bars.add(new Bar(task.key(), a)));
        }
        bars.sort(Comparator.comparing(b -> b.attempt().started()));
        Map<String, List<Bar>> byWorker = new LinkedHashMap<>();
        for (Bar bar : bars) {
            byWorker.computeIfAbsent(bar.attempt().worker(), w -> new ArrayList<>()).add(bar);
        }
        return byWorker;
    }

    private static Instant end(Bar bar, ReportData data) {
        Instant ended = bar.attempt().ended();
        return ended == null || ended.isBefore(bar.attempt().started()) ? data.readAt() : ended;
    }

    private static String title(Bar bar, ReportData data) {
        Attempt a = bar.attempt();
        return bar.key() + ", attempt " + a.number() + ": " + a.outcome()
                + (a.failure() == null ? "" : " (" + a.failure() + ")") + ", "
                + Format.duration(a.started(), end(bar, data));
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }
}
