package io.sweep.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One unit of work: planned by a {@link Workload} in the parent, run by a {@link TaskRunner} in a
 * thread, a child JVM or a Slurm array task. Parameters are plain strings so that a task travels
 * unchanged over a pipe, in a file, or through a batch script.
 *
 * @param key      stable, file-name-safe identity of the task within its sweep (for example
 *                 {@code alpha=0.1}); outputs live under {@code tasks/<key>/}, resume matches on it
 * @param workload the name of the workload whose runner executes it
 * @param params   everything the runner needs, in a fixed order
 */
public record Task(String key, String workload, Map<String, String> params) {

    /**
     * The parameter that says how many threads a task's solver may use: how the task runs, not
     * what it computes (results have the same bits for any count), so it is not part of the
     * problem a result record belongs to.
     */
    public static final String THREADS = "threads";

    /**
     * The parameter that names the factor a solver superposes (empty when it solves directly):
     * also how, not what; the two ways agree to the solver's tolerance, so a result of one is
     * kept when a design grows from one value of the factor to several.
     */
    public static final String SUPERPOSED = "superposed";

    /** The parameters that say how a task is computed, not what: not part of a record's problem. */
    public static final java.util.Set<String> HOW = java.util.Set.of(THREADS, SUPERPOSED);

    private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9._=+,-]{1,120}");

    public Task {
        if (key == null || !SAFE_KEY.matcher(key).matches() || key.startsWith(".")) {
            throw new IllegalArgumentException("task key '" + key
                    + "' is invalid: use 1-120 of A-Z a-z 0-9 . _ = + , - and do not start with '.'");
        }
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The parameter's value; a missing one is a programming error, not bad user input. */
    public String param(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalStateException("task " + key + " has no parameter '" + name + "'");
        }
        return value;
    }

    public double doubleParam(String name) {
        return Double.parseDouble(param(name));
    }

    public long longParam(String name) {
        return Long.parseLong(param(name));
    }

    public int intParam(String name) {
        return Integer.parseInt(param(name));
    }
}
