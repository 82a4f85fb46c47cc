package io.sweep.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How to run a sweep, validated once: which workload, where its outputs go and how tasks are
 * scheduled. The workload's own parameters (α list, mesh size, ...) live in its options.
 *
 * @param workload         the workload's name in the catalog
 * @param procs            at most this many tasks at once (child processes or threads)
 * @param out              the output directory, absolute
 * @param retries          extra attempts for a failed task, each in a fresh child
 * @param timeout          a task running longer fails (its child is killed); empty: no limit
 * @param maxTasksPerChild a child exits after this many tasks; 0: no limit
 * @param mode             processes, threads or sequential
 * @param quiet            no progress output, only the summary and errors
 * @param force            reuse an output directory made with different problem parameters
 */
public record SweepSpec(String workload, int procs, Path out, int retries, Optional<Duration> timeout,
                        int maxTasksPerChild, ExecutionMode mode, boolean quiet, boolean force) {

    public SweepSpec {
        if (procs < 1) {
            throw new BadInputException("--procs " + procs + " is invalid: use a whole number >= 1");
        }
        if (retries < 0) {
            throw new BadInputException("--retries " + retries + " is invalid: use a whole number >= 0");
        }
        if (maxTasksPerChild < 0) {
            throw new BadInputException("--max-tasks-per-child " + maxTasksPerChild
                    + " is invalid: use a whole number >= 1 (or 0 for no limit)");
        }
        out = out.toAbsolutePath().normalize();
    }

    /** The resolved settings as recorded in manifest.json. */
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("workload", workload);
        map.put("procs", procs);
        map.put("out", out.toString());
        map.put("retries", retries);
        map.put("timeout_s", timeout.map(d -> d.toMillis() / 1000.0).orElse(null));
        map.put("max_tasks_per_child", maxTasksPerChild);
        map.put("mode", mode.label());
        return map;
    }
}
