package io.sweep.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a finished task hands back to the parent. Values are JSON-friendly (numbers, strings,
 * booleans, lists and maps of them) so that the result can be stored as {@code result.json} and read
 * back on resume or from a Slurm array task.
 *
 * @param key            the task's key
 * @param values         named results, in a fixed order (for poisson: alpha, l2_dofs, L2, ...)
 * @param files          files the task wrote, with checksums
 * @param computeSeconds wall time spent in the task itself, excluding process start-up
 * @param pid            the process that ran it
 * @param peakRssBytes   the worker process's peak resident memory when the task ended (Linux's
 *                       VmHWM; 0 where unknown); filled in by the engine, runners pass 0
 */
public record TaskResult(String key, Map<String, Object> values, List<OutputFile> files,
                         double computeSeconds, long pid, long peakRssBytes) {

    /** A result without a memory figure: what runners return; the engine adds it. */
    public TaskResult(String key, Map<String, Object> values, List<OutputFile> files, double computeSeconds,
                      long pid) {
        this(key, values, files, computeSeconds, pid, 0);
    }

    public TaskResult {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        files = List.copyOf(files);
    }

    public double number(String name) {
        Object value = values.get(name);
        if (!(value instanceof Number n)) {
            throw new IllegalStateException("result " + key + " has no number '" + name + "'");
        }
        return n.doubleValue();
    }
}
