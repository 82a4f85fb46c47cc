package io.sweep.workloads.poisson;

import io.sweep.cli.args.Option;
import io.sweep.config.study.Problem;
import io.sweep.workloads.WorkloadOptions;

import java.util.ArrayList;
import java.util.List;

/** The poisson workload's options, added to the sweep command's. Plain strings: validated by the study. */
public final class PoissonOptions implements WorkloadOptions {
    String source;
    String flux;
    String dirichlet;
    String dirichletOn;
    String domain;
    String mesh;
    String alphas;
    final List<String> params = new ArrayList<>();
    String design;
    String timeParam;
    String exact;
    String threads;
    String vtuEncoding;
    String fieldImages;

    @Override
    public List<Option> options() {
        return List.of(
                Option.value("--source", "EXPR", "f in -Δu = f: an expression in x, y and parameters, with "
                        + "+ - * / ^, parentheses, exp log sqrt sin cos tan abs and pi.", v -> source = v)
                        .byDefault(Problem.SOURCE),
                Option.value("--flux", "EXPR", "g = ∇u·n on the sides without a Dirichlet condition.",
                        v -> flux = v).byDefault(Problem.FLUX),
                Option.value("--dirichlet", "EXPR", "u_D, the value of u on the Dirichlet sides.",
                        v -> dirichlet = v).byDefault(Problem.DIRICHLET),
                Option.value("--dirichlet-on", "SIDES", "Where u = u_D: a comma list of left, right, bottom, top.",
                        v -> dirichletOn = v).byDefault(Problem.SIDES),
                Option.value("--domain", "X0,Y0,X1,Y1", "The rectangle.", v -> domain = v)
                        .byDefault(Problem.DOMAIN),
                Option.value("--mesh", "N|NXxNY", "Cells along x and y: N or NXxNY; several, comma-separated, "
                        + "make the mesh a swept parameter.", v -> mesh = v).byDefault("256"),
                Option.value("--alphas", "LIST", "The same as --param alpha=LIST: numbers and ranges "
                        + "START:STOP:COUNT or log:START:STOP:COUNT, comma-separated (default, when the source "
                        + "uses alpha: 0.1,1,10,100).", v -> alphas = v),
                Option.family("--param", "NAME=VALUES", "A swept parameter and its values, in the --alphas "
                        + "grammar (w=log:0.005:0.08:16); repeatable; in a --config file: param.NAME = VALUES.",
                        params::add),
                Option.value("--design", "grid|zip", "grid: every combination of the values; zip: the i-th "
                        + "values together.", v -> design = v).byDefault("grid"),
                Option.value("--time-param", "NAME", "The parameter ParaView shows as time, one .pvd per "
                        + "combination of the others (default: the first parameter).", v -> timeParam = v),
                Option.value("--exact", "EXPR", "The exact solution u (same grammar as --source): each point "
                        + "also reports L2_error = ||u - u_h||_L2 and H1_error = |u - u_h|_H1, and "
                        + "convergence.csv/.png show them. Without it, a mesh study measures the errors against "
                        + "its finest mesh.", v -> exact = v),
                Option.value("--threads", "N", "Threads of each task's solver; any number gives the same bits "
                        + "(default: the CPUs left over when fewer tasks than CPUs run at once, else 1).",
                        v -> threads = v),
                Option.value("--vtu-encoding", "ENC", "How .vtu files store arrays: raw, base64, zlib or ascii.",
                        v -> vtuEncoding = v).byDefault("raw"),
                Option.value("--field-images", "WHICH", "all: a picture of u for each point in fields/; none: "
                        + "skip them (ParaView shows every field; for large sweeps the pictures cost more than "
                        + "small solves).", v -> fieldImages = v).byDefault("all"));
    }
}
