package io.sweep.cli;

import io.sweep.bench.ResultsBenchmark;
import io.sweep.bench.SolverBenchmark;
import io.sweep.cli.args.Arguments;
import io.sweep.cli.args.Usage;
import io.sweep.config.BadInputException;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code sweep bench solver|results [options]}: the benchmarks that measure the README's figures,
 * run in this JVM. Each benchmark parses its own options (see its Javadoc), so they are passed
 * through unchanged.
 */
final class BenchCommand {
    static final String DESCRIPTION = "Measure the solver or the writers (medians over repeats, warm JVM).";
    private static final String SOLVER = "Per-phase medians (mesh, system, setup, load, solve, norms), iterations "
            + "and heap for each mesh size and solver path, the cost of further alphas, and the peak RSS. Options: "
            + "[--sizes 256,512,1024,2048] [--repeats 5] [--warmup 2] [--alphas 1,10] [--paths stencil,assembled] "
            + "[--threads 1]. Large sizes need a heap: SWEEP_JAVA_OPTS=-Xmx6g.";
    private static final String RESULTS = "Writing one n=256 .vtu per encoding, and all plots of a 4-alpha sweep, "
            + "cold and warm. Options: [--runs N] [--keep DIR].";

    /** {@code sweep bench ARGS}: returns the exit code. */
    int run(List<String> args, PrintStream out) throws Exception {
        // The benchmarks' own options are words here: only help and the version are ours.
        if (Main.answered(new Arguments(List.of(), "see sweep bench --help").parse(args, Map.of(), true),
                () -> Usage.format(List.of("sweep bench solver|results [OPTIONS]"), List.of(DESCRIPTION), List.of(),
                        List.of(new String[] {"solver", SOLVER}, new String[] {"results", RESULTS})), out)) {
            return 0;
        }
        String benchmark = args.isEmpty() ? "" : args.get(0);
        List<String> options = args.isEmpty() ? args : args.subList(1, args.size());
        try {
            switch (benchmark) {
                case "solver" -> SolverBenchmark.main(options.toArray(String[]::new));
                case "results" -> ResultsBenchmark.main(options.toArray(String[]::new));
                default -> throw new BadInputException((benchmark.isEmpty() ? "sweep bench needs a benchmark"
                        : "sweep bench '" + benchmark + "' is unknown") + ": use solver or results (see sweep bench --help)");
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException("sweep bench " + benchmark + ": " + e.getMessage(), e);
        }
        return 0;
    }
}
