package io.sweep.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which tasks of a sweep an output directory already holds: a task is kept when its result
 * record is in place and every file it lists has the recorded size and CRC32C; any other task
 * (missing, failed, interrupted, corrupt) is run again.
 *
 * @param kept    verified results, by key
 * @param toRun   the tasks to run, in plan order
 * @param redone  why a task that had a record is run again, by key
 */
public record Resume(Map<String, TaskResult> kept, List<Task> toRun, Map<String, String> redone) {

    public static Resume inspect(Path outDir, List<Task> tasks, boolean force) throws IOException {
        Map<String, TaskResult> kept = new LinkedHashMap<>();
        List<Task> toRun = new ArrayList<>();
        Map<String, String> redone = new LinkedHashMap<>();
        for (Task task : tasks) {
            Optional<String> problem = force ? Optional.of("--force") : check(outDir, task, kept);
            if (problem.isPresent()) {
                toRun.add(task);
                if (!problem.get().isEmpty() && !force) {
                    redone.put(task.key(), problem.get());
                }
            }
        }
        return new Resume(kept, toRun, redone);
    }

    /** Empty when kept; "" when there was nothing to keep; else what was wrong. */
    private static Optional<String> check(Path outDir, Task task, Map<String, TaskResult> kept) {
        try {
            Optional<TaskResult> record = ResultRecords.read(outDir, task.key());
            if (record.isEmpty()) {
                return Optional.of("");
            }
            if (!record.get().key().equals(task.key())) {
                return Optional.of("its result record names " + record.get().key());
            }
            Optional<String> problem = ResultRecords.verify(outDir, record.get());
            if (problem.isEmpty()) {
                kept.put(task.key(), record.get());
            }
            return problem;
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        }
    }
}
