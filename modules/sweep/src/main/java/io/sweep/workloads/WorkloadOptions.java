package io.sweep.workloads;

import io.sweep.cli.args.Option;

import java.util.List;

/**
 * A workload's options, added to the sweep command's: fields that hold the values as given
 * (validated by the workload) and the options that fill them in.
 */
public interface WorkloadOptions {
    /** This object's options; their long names are used by no other workload. */
    List<Option> options();
}
