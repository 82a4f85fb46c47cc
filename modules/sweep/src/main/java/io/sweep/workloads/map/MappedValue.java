package io.sweep.workloads.map;

import io.sweep.engine.TaskResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One mapped value as the parent sees it: where it was in the input, its result, who computed it. */
record MappedValue(long index, long x, long result, long pid, String thread, long finishedAtNanos) {

    /** Every value of the finished tasks, in input order. */
    static List<MappedValue> fromResults(List<TaskResult> done, List<Long> inputs) {
        List<MappedValue> values = new ArrayList<>();
        for (TaskResult task : done) {
            long first = (long) task.number("first_index");
            List<?> results = (List<?>) task.values().get("results");
            String thread = String.valueOf(task.values().get("thread"));
            long finished = ((Number) task.values().get("finished_at_ns")).longValue(); // exact, not via double
            for (int i = 0; i < results.size(); i++) {
                long index = first + i;
                values.add(new MappedValue(index, inputs.get((int) index),
                        ((Number) results.get(i)).longValue(), task.pid(), thread, finished));
            }
        }
        values.sort(Comparator.comparingLong(MappedValue::index));
        return values;
    }

    /**
     * The pid, as the seminar prints it; with the thread's name when one process ran values in
     * several threads ({@code --mode threads}), which is the point of that mode.
     */
    String workerLabel(Set<Long> pidsWithSeveralThreads) {
        return pidsWithSeveralThreads.contains(pid) ? pid + " thread " + thread : Long.toString(pid);
    }

    static Set<Long> pidsWithSeveralThreads(List<MappedValue> values) {
        Map<Long, Set<String>> threads = new HashMap<>();
        values.forEach(v -> threads.computeIfAbsent(v.pid, p -> new HashSet<>()).add(v.thread));
        Set<Long> pids = new HashSet<>();
        threads.forEach((pid, names) -> {
            if (names.size() > 1) {
                pids.add(pid);
            }
        });
        return pids;
    }
}
