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
 * record is in place, belongs to this task of this problem (the same workload and parameters),
 * lists every file the workload expects and nothing outside the task's directory, and every
 * file it lists has the recorded size and CRC32C; any other task (missing, failed,
 * interrupted, corrupt, of another problem) is run again. With --force every task is run again
 * and the task directories of an earlier sweep that this one does not plan are removed.
 *
 * @param kept    verified results, by key
 * @param toRun   the tasks to run, in plan order
 * @param redone  why a task that had a record is run again, by key
 */
public record Resume(Map<String, TaskResult> kept, List<Task> toRun, Map<String, String> redone) {

    public static Resume inspect(Path outDir, List<Task> tasks, Workload workload, boolean force) throws IOException {
        if (force) {
            OutputTree.removeUnplanned(outDir, tasks);
            return new Resume(Map.of(), List.copyOf(tasks), Map.of());
        }
        Map<String, TaskResult> kept = new LinkedHashMap<>();
        List<Task> toRun = new ArrayList<>();
        Map<String, String> redone = new LinkedHashMap<>();
        for (Task task : tasks) {
            Optional<String> problem = check(outDir, task, workload.expectedFiles(task), kept);
            if (problem.isPresent()) {
                toRun.add(task);
                if (!problem.get().isEmpty()) {
                    redone.put(task.key(), problem.get());
                }
            }
        }
        return new Resume(kept, toRun, redone);
    }

    /**
     * The task's result when its record on disk is complete, belongs to it and its files check out:
     * for a task whose worker was stopped right after renaming its record into place, before the
     * parent heard of it.
     */
    static Optional<TaskResult> verified(Path outDir, Task task, List<String> expected) {
        Map<String, TaskResult> kept = new LinkedHashMap<>();
        return check(outDir, task, expected, kept).isEmpty() ? Optional.of(kept.get(task.key())) : Optional.empty();
    }

    /** Empty when kept; "" when there was nothing to keep; else what was wrong. */
    private static Optional<String> check(Path outDir, Task task, List<String> expected, Map<String, TaskResult> kept) {
        try {
            Optional<ResultRecords.Stored> stored = ResultRecords.readStored(outDir, task.key());
            if (stored.isEmpty()) {
                return Optional.of("");
            }
            TaskResult record = stored.get().result();
            if (!task.key().equals(record.key())) {
                return Optional.of("its result record names " + record.key());
            }
            Optional<String> problem = RecordBelonging.check(outDir, task, stored.get(), expected);
            if (problem.isEmpty()) {
                problem = ResultRecords.verify(outDir, record);
            }
            if (problem.isEmpty()) {
                kept.put(task.key(), record);
            }
            return problem;
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        }
    }
}
