package io.sweep.engine;

import io.sweep.results.AtomicFiles;
import io.sweep.results.FileSum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** A workload whose tasks must write data.txt. */
    private static final Workload EXPECTS_DATA = new TestWorkload(List.of("data.txt"));

    private static Task task(String key, String size) {
        return new Task(key, "test", Map.of("size", size));
    }

    private Task done(String key, String content) throws Exception {
        return done(task(key, "1"), content);
    }

    private Task done(Task task, String content) throws Exception {
        Path file = out.resolve("tasks").resolve(task.key()).resolve("data.txt");
        var sum = AtomicFiles.write(file, content.getBytes(StandardCharsets.UTF_8));
        ResultRecords.write(out, task, new TaskResult(task.key(), Map.of("v", 1.5),
                List.of(DiskFiles.describe(out, file, sum)), 0.1, 42));
        return task;
    }

    @Test
    void keepsVerifiedTasksAndRedoesMissingCorruptAndUnrecorded() throws Exception {
        Task good = done("good", "fine");
        Task deleted = done("deleted", "soon gone");
        Task corrupt = done("corrupt", "abcd");
        Task resized = done("resized", "abcd");
        Task never = task("never", "1");
        Files.delete(out.resolve("tasks/deleted/data.txt"));
        Files.writeString(out.resolve("tasks/corrupt/data.txt"), "abce");
        Files.writeString(out.resolve("tasks/resized/data.txt"), "abcde");
        Files.createDirectories(out.resolve("tasks/never"));
        Files.writeString(out.resolve("tasks/never/result.json"), "{ not json");

        Resume resume = Resume.inspect(out, List.of(good, deleted, corrupt, resized, never), EXPECTS_DATA, false);

        assertEquals(List.of("good"), List.copyOf(resume.kept().keySet()));
        assertEquals(1.5, resume.kept().get("good").number("v"));
        assertEquals(List.of(deleted, corrupt, resized, never), resume.toRun());
        assertEquals("tasks/deleted/data.txt is missing", resume.redone().get("deleted"));
        assertEquals("tasks/corrupt/data.txt does not match its CRC32C", resume.redone().get("corrupt"));
        assertTrue(resume.redone().get("resized").contains("5 bytes, not 4"), resume.redone().get("resized"));
        assertTrue(resume.redone().get("never").contains("malformed"), resume.redone().get("never"));
    }

    @Test
    void aRecordOfAnotherProblemIsNotKept() throws Exception {
        done(task("t", "32"), "computed on 32");
        Resume resume = Resume.inspect(out, List.of(task("t", "64")), EXPECTS_DATA, false);
        assertTrue(resume.kept().isEmpty());
        assertEquals("its result record belongs to another problem (size=32, not size=64)", resume.redone().get("t"));
    }

    @Test
    void aRecordMustListTheExpectedFilesInsideItsTaskDirectory() throws Exception {
        Task empty = task("empty", "1");
        ResultRecords.write(out, empty, new TaskResult("empty", Map.of(), List.of(), 0.1, 42));
        Task escaping = task("escaping", "1");
        Path outside = Files.writeString(out.resolve("elsewhere.txt"), "x");
        ResultRecords.write(out, escaping, new TaskResult("escaping", Map.of(),
                List.of(DiskFiles.describe(out.resolve("tasks/escaping"), outside, FileSum.of(outside))), 0.1, 42));
        Resume resume = Resume.inspect(out, List.of(empty, escaping), EXPECTS_DATA, false);
        assertTrue(resume.kept().isEmpty());
        assertEquals("its result record does not list tasks/empty/data.txt", resume.redone().get("empty"));
        assertEquals("its result record lists ../../elsewhere.txt, which is outside tasks/escaping",
                resume.redone().get("escaping"));
    }

    @Test
    void forceRedoesEverythingAndDropsTaskDirectoriesItDoesNotPlan() throws Exception {
        Task good = done("good", "fine");
        done("stale", "of the sweep replaced");
        Path mine = Files.createDirectories(out.resolve("tasks/not-a-task-dir"));
        Resume resume = Resume.inspect(out, List.of(good), EXPECTS_DATA, true);
        assertEquals(List.of(good), resume.toRun());
        assertTrue(resume.kept().isEmpty());
        assertFalse(Files.exists(out.resolve("tasks/stale")), "an unplanned task of the earlier sweep is dropped");
        assertTrue(Files.exists(out.resolve("tasks/good/data.txt")), "a planned one is left to its redo");
        assertTrue(Files.isDirectory(mine), "a directory no sweep made is left alone");
    }
}
