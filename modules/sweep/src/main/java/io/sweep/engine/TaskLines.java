package io.sweep.engine;

import io.sweep.results.Json;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One task as one line of JSON: what the parent writes to a child's stdin and, one per line, to
 * the JSONL task file of a Slurm array. The line also names the runner class, so a worker
 * instantiates it without loading the workload catalog or anything of the parent side.
 */
public final class TaskLines {
    private TaskLines() {
    }

    /** A task and the class name of the {@link TaskRunner} that runs it. */
    public record RunnableTask(Task task, String runnerClass) {
    }

    public static String encode(Task task, String runnerClass) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", task.key());
        json.put("workload", task.workload());
        json.put("runner", runnerClass);
        json.put("params", task.params());
        return Json.write(json);
    }

    @SuppressWarnings("unchecked")
    public static RunnableTask decode(String line) throws IOException {
        Map<String, Object> json = Json.readObject(line);
        Map<String, String> params = new LinkedHashMap<>();
        // A plain loop: a lambda here would cost every worker JVM the lambda bootstrap at start-up.
        for (Map.Entry<String, Object> e : ((Map<String, Object>) json.get("params")).entrySet()) {
            params.put(e.getKey(), String.valueOf(e.getValue()));
        }
        Task task = new Task((String) json.get("key"), (String) json.get("workload"), params);
        return new RunnableTask(task, (String) json.get("runner"));
    }
}
