package io.sweep.engine;

import io.sweep.results.AtomicFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeTest {
    @TempDir
    Path out;

    private Task done(String key, String content) throws Exception {
        Task task = new Task(key, "test", Map.of());
        Path file = out.resolve("tasks").resolve(key).resolve("data.txt");
        var sum = AtomicFiles.write(file, content.getBytes(StandardCharsets.UTF_8));
        ResultRecords.write(out, new TaskResult(key, Map.of("v", 1.5), List.of(DiskFiles.describe(out, file, sum)), 0.1, 42));
        return task;
    }

    @Test
    void keepsVerifiedTasksAndRedoesMissingCorruptAndUnrecorded() throws Exception {
        Task good = done("good", "fine");
        Task deleted = done("deleted", "soon gone");
        Task corrupt = done("corrupt", "abcd");
        Task resized = done("resized", "abcd");
        Task never = new Task("never", "test", Map.of());
        Files.delete(out.resolve("tasks/deleted/data.txt"));
        Files.writeString(out.resolve("tasks/corrupt/data.txt"), "abce");
        Files.writeString(out.resolve("tasks/resized/data.txt"), "abcde");
        Files.createDirectories(out.resolve("tasks/never"));
        Files.writeString(out.resolve("tasks/never/result.json"), "{ not json");

        Resume resume = Resume.inspect(out, List.of(good, deleted, corrupt, resized, never), false);

        assertEquals(List.of("good"), List.copyOf(resume.kept().keySet()));
        assertEquals(1.5, resume.kept().get("good").number("v"));
        assertEquals(List.of(deleted, corrupt, resized, never), resume.toRun());
        assertEquals("tasks/deleted/data.txt is missing", resume.redone().get("deleted"));
        assertEquals("tasks/corrupt/data.txt does not match its CRC32C", resume.redone().get("corrupt"));
        assertTrue(resume.redone().get("resized").contains("5 bytes, not 4"), resume.redone().get("resized"));
        assertTrue(resume.redone().get("never").contains("malformed"), resume.redone().get("never"));
    }

    @Test
    void forceRedoesEverything() throws Exception {
        Task good = done("good", "fine");
        Resume resume = Resume.inspect(out, List.of(good), true);
        assertEquals(List.of(good), resume.toRun());
        assertTrue(resume.kept().isEmpty());
    }
}
