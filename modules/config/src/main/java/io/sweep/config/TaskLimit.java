package io.sweep.config;

/**
 * The most tasks one sweep may plan: {@value #MAX}. The parent keeps every task in its ledger and
 * rewrites manifest.json (a few hundred bytes per task) while the sweep runs, and each task has a
 * directory of its own: ten thousand tasks is a 2-3 MB manifest, and far more α than a study of
 * one problem needs (GNU parallel has no limit; Slurm's default array size is 1001). A larger
 * request is refused before anything is allocated for it.
 */
public final class TaskLimit {
    public static final int MAX = 10_000;

    private TaskLimit() {
    }

    /** Throws {@link BadInputException} when {@code count} tasks are more than a sweep may plan. */
    public static void check(long count, String what) {
        if (count > MAX) {
            throw new BadInputException(what + " gives " + count + " tasks: a sweep runs at most " + MAX
                    + "; split it into several sweeps");
        }
    }
}
