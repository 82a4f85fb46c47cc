package io.sweep.results.report;

import io.sweep.results.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the report shows, read from an output directory, also a partial or a running one: the
 * manifest (header and tasks), the plots at its top level ({@code *.png}), the field pictures
 * ({@code fields/*.png}), {@code convergence.csv} and the {@code .pvd} files.
 *
 * @param dir        the output directory, absolute
 * @param fields     the field pictures embedded, in plan order: all of them up to {@value #MAX_FIELDS}, else
 *                   that many spread evenly over the sweep
 * @param moreFields the other field pictures, linked but not embedded (the page stays a few MB)
 * @param dataFiles  the tables and records at its top level (*.csv, *.json), linked
 * @param readAt     when it was read: the end of the timeline for attempts still running
 */
public record ReportData(Path dir, Map<String, Object> header, List<TaskRow> tasks, List<Picture> plots,
                         List<Picture> fields, List<String> moreFields, Optional<CsvTable> convergence,
                         List<String> pvds, List<String> dataFiles, Instant readAt) {
    public static final String MANIFEST = "manifest.json";
    static final String FIELDS = "fields";
    /** Field pictures embedded at most: 36 of n=256 are about 2.5 MB. */
    static final int MAX_FIELDS = 36;

    /** Reads it; a missing or corrupt manifest is a {@link ReportInputException}. */
    public static ReportData read(Path outDir) throws IOException {
        Path dir = outDir.toAbsolutePath().normalize();
        Map<String, Object> manifest = manifest(dir);
        List<TaskRow> tasks = new ArrayList<>();
        try {
            for (Map<String, Object> task : Fields.maps(manifest, "tasks")) {
                TaskRow row = TaskRow.from(task);
                // A task that printed nothing has no log file: no link to one.
                tasks.add(row.log() == null || Files.exists(dir.resolve(row.log())) ? row : row.withoutLog());
            }
        } catch (IllegalArgumentException e) {
            throw new ReportInputException(dir.resolve(MANIFEST) + " is corrupt: " + e.getMessage()
                    + "; rerun the sweep into this directory to rewrite it");
        }
        List<String> fields = inPlanOrder(relative(dir, list(dir.resolve(FIELDS), ".png")), tasks);
        List<String> embedded = spread(fields, MAX_FIELDS);
        List<String> more = fields.stream().filter(f -> !embedded.contains(f)).toList();
        return new ReportData(dir, manifest, tasks, pictures(dir, relative(dir, list(dir, ".png"))),
                pictures(dir, embedded), more, CsvTable.read(dir, "convergence.csv"), pvds(dir),
                relative(dir, java.util.stream.Stream.concat(list(dir, ".csv").stream(), list(dir, ".json").stream())
                        .sorted().toList()), Instant.now());
    }

    /** Pictures named by a task's key in the order of the tasks, then the others by name. */
    private static List<String> inPlanOrder(List<String> pictures, List<TaskRow> tasks) {
        Map<String, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            order.put(ReportData.FIELDS + "/" + tasks.get(i).key() + ".png", i);
        }
        List<String> sorted = new ArrayList<>(pictures);
        sorted.sort(java.util.Comparator.comparing((String p) -> order.getOrDefault(p, Integer.MAX_VALUE))
                .thenComparing(java.util.Comparator.naturalOrder()));
        return sorted;
    }

    /** All of them when there are at most {@code max}, else {@code max} evenly spaced, first and last included. */
    static List<String> spread(List<String> all, int max) {
        if (all.size() <= max) {
            return all;
        }
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            chosen.add(all.get((int) Math.round(i * (all.size() - 1) / (double) (max - 1))));
        }
        return chosen;
    }

    private static List<String> relative(Path dir, List<Path> files) {
        return files.stream().map(f -> dir.relativize(f).toString().replace('\\', '/')).toList();
    }

    private static Map<String, Object> manifest(Path dir) throws IOException {
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new ReportInputException(file + " is missing: give the --out directory of a sweep");
        }
        String text = Files.readString(file);
        Map<String, Object> manifest;
        try {
            manifest = Json.readObject(text);
        } catch (IOException e) {
            throw new ReportInputException(file + " is corrupt (" + e.getMessage()
                    + "); rerun the sweep into this directory to rewrite it");
        }
        if (!(manifest.get("tasks") instanceof List)) {
            throw new ReportInputException(file + " is not a sweep's manifest (it has no \"tasks\" list)");
        }
        return manifest;
    }

    /** The pictures of these paths relative to {@code dir}; files that are no PNG are left out. */
    private static List<Picture> pictures(Path dir, List<String> paths) throws IOException {
        List<Picture> pictures = new ArrayList<>();
        for (String png : paths) {
            pictures.add(Picture.read(dir, png));
        }
        pictures.removeIf(Objects::isNull);
        return pictures;
    }

    /** The .pvd files of the directory and of its sub-directories one level down (a study's slices). */
    private static List<String> pvds(Path dir) throws IOException {
        List<String> pvds = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir, 2)) {
            files.filter(p -> p.getFileName().toString().endsWith(".pvd") && Files.isRegularFile(p))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().forEach(pvds::add);
        }
        return pvds;
    }

    private static List<Path> list(Path where, String suffix) throws IOException {
        if (!Files.isDirectory(where)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(where)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix) && !p.getFileName().toString()
                    .startsWith(".") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /** The task whose key is {@code key}, if any. */
    Optional<TaskRow> task(String key) {
        return tasks.stream().filter(t -> t.key().equals(key)).findFirst();
    }
}
