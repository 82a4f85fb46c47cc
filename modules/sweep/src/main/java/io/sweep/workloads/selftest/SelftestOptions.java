package io.sweep.workloads.selftest;

import io.sweep.cli.args.Option;
import io.sweep.config.Numbers;
import io.sweep.workloads.WorkloadOptions;

import java.util.List;

/** Options of the engine's test workload (hidden from --help with the workload: see its catalog entry). */
public final class SelftestOptions implements WorkloadOptions {
    int tasks;
    int millis;
    String crash;
    String fail;
    String oom;
    String noConvergence;
    String nan;

    @Override
    public List<Option> options() {
        return List.of(
                Option.value("--selftest-tasks", "N", "How many tasks.",
                        v -> tasks = Numbers.wholeAtLeast(v, 0, "--selftest-tasks")).byDefault("4"),
                Option.value("--selftest-ms", "MS", "How long each task sleeps, in milliseconds.",
                        v -> millis = Numbers.wholeAtLeast(v, 0, "--selftest-ms")).byDefault("100"),
                Option.value("--selftest-crash", "I", "Task index whose first attempt ends its JVM abruptly "
                        + "(exit code 3).", v -> crash = v).byDefault(""),
                Option.value("--selftest-fail", "I", "Task index that throws on every attempt.",
                        v -> fail = v).byDefault(""),
                Option.value("--selftest-oom", "I", "Task index that allocates until its JVM throws "
                        + "OutOfMemoryError.", v -> oom = v).byDefault(""),
                Option.value("--selftest-no-convergence", "I", "Task index that solves a Poisson problem with "
                        + "conjugate gradients limited to 2 iterations.", v -> noConvergence = v).byDefault(""),
                Option.value("--selftest-nan", "I", "Task index whose value is not a number.",
                        v -> nan = v).byDefault(""));
    }
}
