package io.sweep.engine;

import io.sweep.results.Json;
import io.sweep.results.AtomicFiles;
import io.sweep.results.FileSum;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code tasks/<key>/result.json}: the record whose rename into place makes a task done. Written
 * by whichever worker ran the task (a thread, a child JVM, a Slurm array task), read by the
 * parent when the task finishes, on resume, and by the Slurm backend when it polls.
 */
public final class ResultRecords {
    public static final String FILE_NAME = "result.json";

    private ResultRecords() {
    }

    public static Path path(Path outDir, String key) {
        return outDir.resolve("tasks").resolve(key).resolve(FILE_NAME);
    }

    public static void write(Path outDir, TaskResult result) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", result.key());
        json.put("values", result.values());
        List<Map<String, Object>> files = new ArrayList<>();
        for (OutputFile f : result.files()) {
            files.add(Map.of("path", f.path(), "bytes", f.bytes(), "crc32c", f.crc32c()));
        }
        json.put("files", files);
        json.put("compute_s", result.computeSeconds());
        json.put("pid", result.pid());
        json.put("peak_rss_bytes", result.peakRssBytes());
        byte[] bytes = Json.writePretty(json).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(path(outDir, result.key()), bytes);
    }

    /** The task's record, or empty when there is none; a record that does not parse is an IOException. */
    public static Optional<TaskResult> read(Path outDir, String key) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path(outDir, key));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(Json.readObject(new String(bytes, StandardCharsets.UTF_8))));
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new IOException("result record of " + key + " is malformed: " + why, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static TaskResult parse(Map<String, Object> json) {
        List<OutputFile> files = new ArrayList<>();
        for (Object o : (List<Object>) json.get("files")) {
            Map<String, Object> f = (Map<String, Object>) o;
            files.add(new OutputFile((String) f.get("path"), ((Number) f.get("bytes")).longValue(),
                    (String) f.get("crc32c")));
        }
        return new TaskResult((String) json.get("key"), (Map<String, Object>) json.get("values"), files,
                ((Number) json.get("compute_s")).doubleValue(), ((Number) json.get("pid")).longValue(),
                json.get("peak_rss_bytes") instanceof Number n ? n.longValue() : 0);
    }

    /**
     * Checks every file a record lists against its size and checksum: empty when all match,
     * otherwise the first problem in words ("tasks/alpha=1/u.vtu is missing").
     */
    public static Optional<String> verify(Path outDir, TaskResult result) throws IOException {
        for (OutputFile f : result.files()) {
            Path file = outDir.resolve(f.path());
            if (!Files.isRegularFile(file)) {
                return Optional.of(f.path() + " is missing");
            }
            if (Files.size(file) != f.bytes()) {
                return Optional.of(f.path() + " has " + Files.size(file) + " bytes, not " + f.bytes());
            }
            if (!FileSum.of(file).crc32c().equals(f.crc32c())) {
                return Optional.of(f.path() + " does not match its CRC32C");
            }
        }
        return Optional.empty();
    }
}
