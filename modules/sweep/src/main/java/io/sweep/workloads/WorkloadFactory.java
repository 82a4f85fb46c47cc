package io.sweep.workloads;

import io.sweep.config.SweepSpec;
import io.sweep.engine.Workload;

/** Makes a workload's parent side from its parsed options and the sweep's settings. */
@FunctionalInterface
public interface WorkloadFactory<O> {
    /** May throw {@link io.sweep.config.BadInputException} for bad options. */
    Workload create(O options, SweepSpec spec);
}
