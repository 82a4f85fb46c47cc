package io.sweep.workloads.selftest;

import picocli.CommandLine.Option;

/** Options of the engine's test workload (hidden from --help). */
public final class SelftestOptions {
    @Option(names = "--selftest-tasks", hidden = true, defaultValue = "4")
    int tasks;

    @Option(names = "--selftest-ms", hidden = true, defaultValue = "100",
            description = "How long each task sleeps, in milliseconds.")
    int millis;

    @Option(names = "--selftest-crash", hidden = true, defaultValue = "",
            description = "Task index whose first attempt ends its JVM abruptly (exit code 3).")
    String crash;

    @Option(names = "--selftest-fail", hidden = true, defaultValue = "",
            description = "Task index that throws on every attempt.")
    String fail;

    @Option(names = "--selftest-oom", hidden = true, defaultValue = "",
            description = "Task index that allocates until its JVM throws OutOfMemoryError.")
    String oom;

    @Option(names = "--selftest-no-convergence", hidden = true, defaultValue = "",
            description = "Task index that solves a Poisson problem with conjugate gradients limited to 2 iterations.")
    String noConvergence;

    @Option(names = "--selftest-nan", hidden = true, defaultValue = "",
            description = "Task index whose value is not a number.")
    String nan;
}
