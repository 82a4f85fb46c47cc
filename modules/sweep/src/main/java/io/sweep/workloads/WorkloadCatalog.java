package io.sweep.workloads;

import io.sweep.config.BadInputException;
import io.sweep.workloads.poisson.PoissonOptions;
import io.sweep.workloads.poisson.PoissonRunner;
import io.sweep.workloads.poisson.PoissonWorkload;
import io.sweep.workloads.selftest.SelftestOptions;
import io.sweep.workloads.selftest.SelftestRunner;
import io.sweep.workloads.selftest.SelftestWorkload;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every workload {@code sweep --workload NAME} can run. Adding one takes a {@link
 * io.sweep.engine.Workload} (parent side), a {@link io.sweep.engine.TaskRunner} (worker side), an
 * options class with picocli {@code @Option} fields whose long names no other workload uses, and
 * one entry here. The first entry is the default workload.
 */
public final class WorkloadCatalog {
    private WorkloadCatalog() {
    }

    public static List<WorkloadEntry<?>> entries() {
        return List.of(
                new WorkloadEntry<>("poisson", "the seminar's Poisson problem, one task per alpha", false,
                        PoissonOptions::new, PoissonWorkload::new, PoissonRunner.class),
                new WorkloadEntry<>("selftest", "the engine's own test workload (sleeps, crashes on request)",
                        true, SelftestOptions::new, SelftestWorkload::new, SelftestRunner.class));
    }

    public static String defaultName() {
        return entries().get(0).name();
    }

    public static WorkloadEntry<?> find(String name) {
        return entries().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new BadInputException("--workload '" + name + "' is unknown: use "
                        + entries().stream().filter(e -> !e.hidden()).map(WorkloadEntry::name)
                        .collect(Collectors.joining(", "))));
    }
}
