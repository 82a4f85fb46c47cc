package io.sweep.workloads.poisson;

import picocli.CommandLine.Option;

/** The poisson workload's options, mixed into the sweep command. Plain strings: validated by the workload. */
public final class PoissonOptions {
    @Option(names = "--alphas", paramLabel = "LIST", defaultValue = "0.1,1,10,100",
            description = "Values of alpha: numbers and ranges START:STOP:COUNT or log:START:STOP:COUNT, "
                    + "comma-separated (default: ${DEFAULT-VALUE}).")
    String alphas;

    @Option(names = "--mesh", paramLabel = "N", defaultValue = "256",
            description = "Cells per side of the unit square mesh (default: ${DEFAULT-VALUE}).")
    String mesh;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads of each task's solver; any number gives the same bits (default: the CPUs "
                    + "left over when fewer tasks than CPUs run at once, else 1).")
    String threads;

    @Option(names = "--vtu-encoding", paramLabel = "ENC", defaultValue = "raw",
            description = "How .vtu files store arrays: raw, base64, zlib or ascii (default: ${DEFAULT-VALUE}).")
    String vtuEncoding;

    @Option(names = "--field-images", paramLabel = "WHICH", defaultValue = "all",
            description = "all: a picture of u for each alpha in fields/; none: skip them (ParaView shows every "
                    + "field; for large sweeps the pictures cost more than small solves) (default: ${DEFAULT-VALUE}).")
    String fieldImages;
}
