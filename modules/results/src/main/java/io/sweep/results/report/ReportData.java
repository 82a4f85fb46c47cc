package io.sweep.results.report;

import io.sweep.results.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
 * @param dir     the output directory, absolute
 * @param readAt  when it was read: the end of the timeline for attempts still running
 */
public record ReportData(Path dir, Map<String, Object> header, List<TaskRow> tasks, List<Picture> plots,
                         List<Picture> fields, Optional<CsvTable> convergence, List<String> pvds, Instant readAt) {
    public static final String MANIFEST = "manifest.json";
    static final String FIELDS = "fields";

    /** Reads it; a missing or corrupt manifest is a {@link ReportInputException}. */
    public static ReportData read(Path outDir) throws IOException {
        Path dir = outDir.toAbsolutePath().normalize();
        Map<String, Object> manifest = manifest(dir);
        List<TaskRow> tasks = new ArrayList<>();
        try {
            for (Map<String, Object> task : Fields.maps(manifest, "tasks")) {
                tasks.add(TaskRow.from(task));
            }
        } catch (IllegalArgumentException e) {
            throw new ReportInputException(dir.resolve(MANIFEST) + " is corrupt: " + e.getMessage()
                    + "; rerun the sweep into this directory to rewrite it");
        }
        return new ReportData(dir, manifest, tasks, pictures(dir, dir), pictures(dir, dir.resolve(FIELDS)),
                CsvTable.read(dir, "convergence.csv"), pvds(dir), Instant.now());
    }

    private static Map<String, Object> manifest(Path dir) throws IOException {
        Path file = dir.resolve(MANIFEST);
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ReportInputException(file + " is missing: give the --out directory of a sweep");
        }
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

    /** The PNGs directly in {@code where}, by name, as paths relative to {@code dir}. */
    private static List<Picture> pictures(Path dir, Path where) throws IOException {
        List<Picture> pictures = new ArrayList<>();
        for (Path png : list(where, ".png")) {
            pictures.add(Picture.read(dir, dir.relativize(png).toString().replace('\\', '/')));
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
