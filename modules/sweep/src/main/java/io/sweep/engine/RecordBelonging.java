package io.sweep.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a result record found on disk belongs to a planned task: it was computed for the same
 * workload and parameters, the files it lists are inside the task's own directory (a record
 * edited to list {@code ../../etc/hostname} is not trusted), and it lists every file the workload
 * expects. The files' sizes and checksums are {@link ResultRecords#verify}'s part.
 */
final class RecordBelonging {
    private RecordBelonging() {
    }

    /** Empty when the record belongs to the task; else why not, in words. */
    static Optional<String> check(Path outDir, Task task, ResultRecords.Stored stored, List<String> expected)
            throws IOException {
        Optional<String> problem = sameProblem(task, stored.problem());
        if (problem.isPresent()) {
            return problem;
        }
        String taskDir = "tasks/" + task.key();
        Path dir = outDir.resolve(taskDir).normalize();
        Set<Path> listed = new HashSet<>();
        for (OutputFile f : stored.result().files()) {
            Path file = outDir.resolve(f.path()).normalize();
            if (Path.of(f.path()).isAbsolute() || !file.startsWith(dir) || file.equals(dir)
                    || Files.exists(file) && !file.toRealPath().startsWith(dir.toRealPath())) {
                return Optional.of("its result record lists " + f.path() + ", which is outside " + taskDir);
            }
            listed.add(file);
        }
        for (String name : expected) {
            if (!listed.contains(dir.resolve(name).normalize())) {
                return Optional.of("its result record does not list " + taskDir + "/" + name);
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> sameProblem(Task task, Map<String, Object> recorded) {
        if (recorded.isEmpty()) {
            return Optional.of("its result record does not say which problem it belongs to");
        }
        Map<String, Object> planned = (Map<String, Object>) PreviousSweep.normalise(ResultRecords.problemOf(task));
        if (planned.equals(recorded)) {
            return Optional.empty();
        }
        if (!planned.get("workload").equals(recorded.get("workload"))) {
            return Optional.of("its result record is of workload " + recorded.get("workload") + ", not "
                    + task.workload());
        }
        Map<String, Object> then = recorded.get("params") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, Object> now = (Map<String, Object>) planned.get("params");
        StringBuilder was = new StringBuilder();
        StringBuilder is = new StringBuilder();
        Set<String> names = new java.util.TreeSet<>(now.keySet());
        names.addAll(then.keySet());
        for (String name : names) {
            if (!java.util.Objects.equals(now.get(name), then.get(name))) {
                was.append(was.length() == 0 ? "" : ", ").append(name).append('=').append(then.get(name));
                is.append(is.length() == 0 ? "" : ", ").append(name).append('=').append(now.get(name));
            }
        }
        return Optional.of("its result record belongs to another problem (" + was + ", not " + is + ")");
    }
}
