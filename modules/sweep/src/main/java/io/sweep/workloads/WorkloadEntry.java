package io.sweep.workloads;

import io.sweep.config.SweepSpec;
import io.sweep.engine.TaskRunner;
import io.sweep.engine.Workload;

import java.util.function.Supplier;

/**
 * One line of the {@link WorkloadCatalog}: a workload's name, its options (added to the sweep
 * command's), its parent side and the class
 * of its worker side. Workers get the runner's class name with each task, so they never load
 * this catalog or anything of the parent side.
 *
 * @param name        {@code --workload NAME}
 * @param description one line for --help
 * @param hidden      not listed in --help (the engine's own test workload)
 * @param newOptions  makes a fresh options object for one command line
 * @param factory     makes the parent side from the parsed options
 * @param runner      the worker side: public, with a public no-argument constructor
 */
public record WorkloadEntry<O extends WorkloadOptions>(String name, String description, boolean hidden, Supplier<O> newOptions,
                               WorkloadFactory<O> factory, Class<? extends TaskRunner> runner) {

    /** An entry with fresh options, ready to receive one command line's values. */
    public Bound<O> bind() {
        return new Bound<>(this, newOptions.get());
    }

    /** An entry and its options object. */
    public record Bound<O extends WorkloadOptions>(WorkloadEntry<O> entry, O options) {
        public Workload create(SweepSpec spec) {
            return entry.factory().create(options, spec);
        }
    }
}
