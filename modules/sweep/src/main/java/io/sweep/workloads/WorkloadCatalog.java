package io.sweep.workloads;

import io.sweep.config.BadInputException;
import io.sweep.workloads.hello.HelloOptions;
import io.sweep.workloads.hello.HelloRunner;
import io.sweep.workloads.hello.HelloWorkload;
import io.sweep.workloads.map.MapOptions;
import io.sweep.workloads.map.MapRunner;
import io.sweep.workloads.map.MapWorkload;
import io.sweep.workloads.pi.PiOptions;
import io.sweep.workloads.pi.PiRunner;
import io.sweep.workloads.pi.PiWorkload;
import io.sweep.workloads.poisson.PoissonOptions;
import io.sweep.workloads.poisson.PoissonRunner;
import io.sweep.workloads.poisson.PoissonWorkload;
import io.sweep.workloads.selftest.SelftestOptions;
import io.sweep.workloads.series.SeriesOptions;
import io.sweep.workloads.series.SeriesRunner;
import io.sweep.workloads.series.SeriesWorkload;
import io.sweep.workloads.selftest.SelftestRunner;
import io.sweep.workloads.selftest.SelftestWorkload;

import java.util.ArrayList;
import java.util.List;

/**
 * Every workload {@code sweep --workload NAME} can run. Adding one takes a {@link
 * io.sweep.engine.Workload} (parent side), a {@link io.sweep.engine.TaskRunner} (worker side), a
 * {@link WorkloadOptions} class whose long names no other workload uses, and one entry here. The
 * first entry is the default workload.
 */
public final class WorkloadCatalog {
    private WorkloadCatalog() {
    }

    public static List<WorkloadEntry<?>> entries() {
        return List.of(
                new WorkloadEntry<>("poisson", "a Poisson problem, by default the seminar's; one task per point of the design", false,
                        PoissonOptions::new, PoissonWorkload::new, PoissonRunner.class),
                new WorkloadEntry<>("pi", "Monte Carlo pi, one estimate per --seed for any --procs", false,
                        PiOptions::new, PiWorkload::from, PiRunner.class),
                new WorkloadEntry<>("series", "the seminar's CPU-bound series", false,
                        SeriesOptions::new, SeriesWorkload::from, SeriesRunner.class),
                new WorkloadEntry<>("map", "the seminar's Pool.map of squares and powers", false,
                        MapOptions::new, MapWorkload::from, MapRunner.class),
                new WorkloadEntry<>("hello", "the seminar's sleeping greeters", false,
                        HelloOptions::new, HelloWorkload::from, HelloRunner.class),
                new WorkloadEntry<>("selftest", "the engine's own test workload (sleeps, crashes on request)",
                        true, SelftestOptions::new, SelftestWorkload::new, SelftestRunner.class));
    }

    public static String defaultName() {
        return entries().get(0).name();
    }

    /** The names --help lists: every workload but the engine's own test workload. */
    public static String shownNames() {
        List<String> names = new ArrayList<>();
        for (WorkloadEntry<?> entry : entries()) {
            if (!entry.hidden()) {
                names.add(entry.name());
            }
        }
        return String.join(", ", names);
    }

    public static WorkloadEntry<?> find(String name) {
        return entries().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new BadInputException("--workload '" + name + "' is unknown: use "
                        + shownNames()));
    }
}
