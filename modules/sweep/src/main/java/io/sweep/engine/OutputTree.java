package io.sweep.engine;

import io.sweep.results.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** An output directory as a whole: its task directories {@code tasks/<key>/} and what killed writers left. */
final class OutputTree {
    private OutputTree() {
    }

    /**
     * Removes the task directories a sweep does not plan (--force: the sweep in --out is replaced
     * by this one, and results of the one it replaces must not linger to be kept later). Only
     * directories that hold a task's record or log, i.e. that a sweep made, are removed.
     */
    static void removeUnplanned(Path outDir, List<Task> planned) throws IOException {
        Path tasks = outDir.resolve("tasks");
        if (!Files.isDirectory(tasks)) {
            return;
        }
        Set<String> keys = new HashSet<>();
        planned.forEach(t -> keys.add(t.key()));
        List<Path> unplanned;
        try (Stream<Path> dirs = Files.list(tasks)) {
            unplanned = dirs.filter(d -> !keys.contains(d.getFileName().toString()))
                    .filter(d -> Files.isDirectory(d, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(d -> madeBySweep(outDir, d.getFileName().toString()))
                    .toList();
        }
        for (Path dir : unplanned) {
            removeTree(dir);
        }
    }

    /**
     * Deletes the temporary files of writers killed before their rename, in the output directory,
     * its subdirectories (fields/) and every task directory; called before a sweep's first task,
     * when no writer of this sweep is at work.
     */
    static void removeTemporaries(Path outDir) throws IOException {
        List<Path> dirs;
        try (Stream<Path> all = Files.walk(outDir, 2)) {
            dirs = all.filter(d -> Files.isDirectory(d, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList();
        }
        for (Path dir : dirs) {
            AtomicFiles.removeTemporaries(dir);
        }
    }

    private static boolean madeBySweep(Path outDir, String key) {
        return Files.exists(ResultRecords.path(outDir, key)) || Files.exists(TaskExecution.logFile(outDir, key));
    }

    private static void removeTree(Path dir) throws IOException {
        List<Path> all;
        try (Stream<Path> files = Files.walk(dir)) {
            all = files.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }
}
