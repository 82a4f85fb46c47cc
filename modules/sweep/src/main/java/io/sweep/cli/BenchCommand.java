package io.sweep.cli;

import io.sweep.bench.ResultsBenchmark;
import io.sweep.bench.SolverBenchmark;
import picocli.CommandLine.Command;
import io.sweep.config.BadInputException;
import picocli.CommandLine.Unmatched;

import java.util.List;

/**
 * {@code sweep bench solver|results [options]}: the benchmarks that measure the issues' figures,
 * run in this JVM. Each benchmark parses its own options (see its Javadoc), so they are passed
 * through unchanged.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the solver or the writers (medians over repeats, warm JVM).",
        subcommands = {BenchCommand.Solver.class, BenchCommand.Results.class})
final class BenchCommand implements Runnable {

    @Override
    public void run() {
        throw new BadInputException(
                "sweep bench needs a benchmark: solver or results (see sweep bench --help)");
    }

    @Command(name = "solver", mixinStandardHelpOptions = true,
            description = "Per-phase medians (mesh, system, setup, load, solve, norms), iterations and heap "
                    + "for each mesh size and solver path, the cost of further alphas, and the peak RSS. Options: "
                    + "[--sizes 256,512,1024,2048] [--repeats 5] [--warmup 2] [--alphas 1,10] "
                    + "[--paths stencil,assembled] [--threads 1]. Large sizes need a heap: SWEEP_JAVA_OPTS=-Xmx6g.")
    static final class Solver implements Runnable {
        @Unmatched
        List<String> options = new java.util.ArrayList<>();

        @Override
        public void run() {
            try {
                SolverBenchmark.main(options.toArray(String[]::new));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("sweep bench solver: " + e.getMessage(), e);
            }
        }
    }

    @Command(name = "results", mixinStandardHelpOptions = true,
            description = "Writing one n=256 .vtu per encoding, and all plots of a 4-alpha sweep, cold and warm. "
                    + "Options: [--runs N] [--keep DIR].")
    static final class Results implements java.util.concurrent.Callable<Integer> {
        @Unmatched
        List<String> options = new java.util.ArrayList<>();

        @Override
        public Integer call() throws Exception {
            try {
                ResultsBenchmark.main(options.toArray(String[]::new));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("sweep bench results: " + e.getMessage(), e);
            }
            return 0;
        }
    }
}
