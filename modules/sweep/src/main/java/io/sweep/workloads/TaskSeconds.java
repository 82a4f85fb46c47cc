package io.sweep.workloads;

import io.sweep.engine.TaskResult;

import java.util.List;

/**
 * The time tasks spent computing, summed: every summary records it as {@code task_seconds} so
 * that {@code sweep compare} can tell computing from start-up and scheduling.
 */
public final class TaskSeconds {
    private TaskSeconds() {
    }

    public static double sum(List<TaskResult> done) {
        return done.stream().mapToDouble(TaskResult::computeSeconds).sum();
    }
}
