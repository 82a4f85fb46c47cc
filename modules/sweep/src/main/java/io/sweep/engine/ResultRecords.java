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
 * parent when the task finishes, on resume, and by the Slurm backend when it polls. Besides the
 * result it carries the problem it solves: the workload and every parameter the task's runner
 * was given, so that resume keeps it only for the same task of the same problem.
 */
public final class ResultRecords {
    public static final String FILE_NAME = TaskFiles.RECORD;

    private ResultRecords() {
    }

    /** A record as stored: the result and the problem (workload and parameters) it belongs to. */
    public record Stored(TaskResult result, Map<String, Object> problem) {
    }

    public static Path path(Path outDir, String key) {
        return new TaskFiles(outDir, key).record();
    }

    /** The problem a task solves as its record stores it: {"workload": ..., "params": {...}}. */
    public static Map<String, Object> problemOf(Task task) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("workload", task.workload());
        Map<String, String> params = new LinkedHashMap<>(task.params());
        params.keySet().removeAll(Task.HOW);
        problem.put("params", params);
        return problem;
    }

    public static void write(Path outDir, Task task, TaskResult result) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", result.key());
        json.put("problem", problemOf(task));
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

    /** The task's result, or empty when there is no record; a record that does not parse is an IOException. */
    public static Optional<TaskResult> read(Path outDir, String key) throws IOException {
        return readStored(outDir, key).map(Stored::result);
    }

    /** The task's record with its problem, or empty when there is none. */
    @SuppressWarnings("unchecked")
    public static Optional<Stored> readStored(Path outDir, String key) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path(outDir, key));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try {
            Map<String, Object> json = Json.readObject(new String(bytes, StandardCharsets.UTF_8));
            Object problem = json.get("problem");
            return Optional.of(new Stored(parse(json),
                    problem instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of()));
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
