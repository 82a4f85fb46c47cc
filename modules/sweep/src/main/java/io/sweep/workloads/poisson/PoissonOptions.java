package io.sweep.workloads.poisson;

import picocli.CommandLine.Option;

import java.util.List;

/** The poisson workload's options, mixed into the sweep command. Plain strings: validated by the study. */
public final class PoissonOptions {
    @Option(names = "--source", paramLabel = "EXPR", defaultValue = io.sweep.config.study.Problem.SOURCE,
            description = "f in -Δu = f: an expression in x, y and parameters, with + - * / ^, parentheses, "
                    + "exp log sqrt sin cos tan abs and pi (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--flux", paramLabel = "EXPR", defaultValue = io.sweep.config.study.Problem.FLUX,
            description = "g = ∇u·n on the sides without a Dirichlet condition (default: ${DEFAULT-VALUE}).")
    String flux;

    @Option(names = "--dirichlet", paramLabel = "EXPR", defaultValue = io.sweep.config.study.Problem.DIRICHLET,
            description = "u_D, the value of u on the Dirichlet sides (default: ${DEFAULT-VALUE}).")
    String dirichlet;

    @Option(names = "--dirichlet-on", paramLabel = "SIDES", defaultValue = io.sweep.config.study.Problem.SIDES,
            description = "Where u = u_D: a comma list of left, right, bottom, top (default: ${DEFAULT-VALUE}).")
    String dirichletOn;

    @Option(names = "--domain", paramLabel = "X0,Y0,X1,Y1", defaultValue = io.sweep.config.study.Problem.DOMAIN,
            description = "The rectangle (default: ${DEFAULT-VALUE}).")
    String domain;

    @Option(names = "--mesh", paramLabel = "N|NXxNY", defaultValue = "256",
            description = "Cells along x and y: N or NXxNY; several, comma-separated, make the mesh a swept "
                    + "parameter (default: ${DEFAULT-VALUE}).")
    String mesh;

    @Option(names = "--alphas", paramLabel = "LIST",
            description = "The same as --param alpha=LIST: numbers and ranges START:STOP:COUNT or "
                    + "log:START:STOP:COUNT, comma-separated (default, when the source uses alpha: 0.1,1,10,100).")
    String alphas;

    @Option(names = "--param", paramLabel = "NAME=VALUES", split = ";",
            description = "A swept parameter and its values, in the --alphas grammar (w=log:0.005:0.08:16); "
                    + "repeatable; in a --config file: param.NAME = VALUES.")
    List<String> params;

    @Option(names = "--design", paramLabel = "grid|zip", defaultValue = "grid",
            description = "grid: every combination of the values; zip: the i-th values together "
                    + "(default: ${DEFAULT-VALUE}).")
    String design;

    @Option(names = "--time-param", paramLabel = "NAME",
            description = "The parameter ParaView shows as time, one .pvd per combination of the others "
                    + "(default: the first parameter).")
    String timeParam;

    @Option(names = "--exact", paramLabel = "EXPR",
            description = "The exact solution u (same grammar as --source): each point also reports "
                    + "L2_error = ||u - u_h||_L2 and H1_error = |u - u_h|_H1, and convergence.csv/.png show them. "
                    + "Without it, a mesh study measures the errors against its finest mesh.")
    String exact;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads of each task's solver; any number gives the same bits (default: the CPUs "
                    + "left over when fewer tasks than CPUs run at once, else 1).")
    String threads;

    @Option(names = "--vtu-encoding", paramLabel = "ENC", defaultValue = "raw",
            description = "How .vtu files store arrays: raw, base64, zlib or ascii (default: ${DEFAULT-VALUE}).")
    String vtuEncoding;

    @Option(names = "--field-images", paramLabel = "WHICH", defaultValue = "all",
            description = "all: a picture of u for each point in fields/; none: skip them (ParaView shows every "
                    + "field; for large sweeps the pictures cost more than small solves) (default: ${DEFAULT-VALUE}).")
    String fieldImages;
}
