package io.sweep.cli;

import io.sweep.cli.args.Arguments;
import io.sweep.cli.args.Option;
import io.sweep.cli.args.Section;
import io.sweep.cli.args.Usage;
import io.sweep.config.BadInputException;
import io.sweep.config.Cpus;
import io.sweep.config.ExecutionMode;
import io.sweep.config.Numbers;
import io.sweep.config.OutputDirectory;
import io.sweep.config.SweepSpec;
import io.sweep.engine.Workload;
import io.sweep.workloads.WorkloadCatalog;
import io.sweep.workloads.WorkloadEntry;
import io.sweep.workloads.compare.Agreement;
import io.sweep.workloads.compare.CompareOutputs;
import io.sweep.workloads.compare.CompareReport;
import io.sweep.workloads.compare.ModeLauncher;
import io.sweep.workloads.compare.ModeRun;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code sweep compare WORKLOAD [options]}: the seminar's processes-versus-threads lesson in Java.
 * Runs the workload three times with the same options and the same number of workers,
 * sequentially, with threads and with child processes, each as its own {@code sweep} command;
 * checks that the three results agree; prints the table (wall time, CPU time, speedup, start-up)
 * and writes {@code compare.json} and {@code compare.png} into --out.
 */
public final class CompareCommand {
    static final String DESCRIPTION = "Runs WORKLOAD (pi, series, map, hello, poisson) sequentially, with threads "
            + "and with processes, checks that the results agree and prints wall time, CPU time, speedup and "
            + "start-up cost of each. Other options are the workload's, as for sweep --workload WORKLOAD (see "
            + "sweep --help).";
    private static final List<ExecutionMode> MODES =
            List.of(ExecutionMode.SEQUENTIAL, ExecutionMode.THREADS, ExecutionMode.PROCESSES);
    /** Workloads that draw random numbers: the seed every mode must share, and its option. */
    private static final Map<String, Map.Entry<String, String>> SEEDS = Map.of(
            "pi", Map.entry("seed", "--seed"), "hello", Map.entry("sleep_seed", "--sleep-seed"));

    private String workload;
    private String procs;
    private String out;
    /** Everything else on the command line: the workload's options. */
    private List<String> workloadArgs = List.of();

    private final Map<String, String> env;

    CompareCommand(Map<String, String> env) {
        this.env = env;
    }

    private List<Option> options() {
        return List.of(
                Option.value("--procs", "N", "Threads and worker processes (default: the CPUs this process may "
                        + "use).", v -> procs = v),
                Option.value("--out", "DIR", "New or empty directory for compare.json, compare.png and each "
                        + "mode's run (default: ./compare-WORKLOAD).", v -> out = v));
    }

    /** {@code sweep compare ARGS}: returns the exit code. */
    int run(List<String> args, PrintStream stdout) throws IOException, InterruptedException {
        Arguments.Parsed parsed = new Arguments(options(), "see sweep compare --help").parse(args, Map.of(), true);
        if (Main.answered(parsed, () -> Usage.format(
                List.of("sweep compare WORKLOAD [--procs N] [--out DIR] [WORKLOAD'S OPTIONS]"),
                List.of(DESCRIPTION, "Exit codes: 0 results agree, 1 a run failed or results differ, 2 invalid usage."),
                List.of(new Section(null, options())), List.of()), stdout)) {
            return 0;
        }
        List<String> rest = new ArrayList<>(parsed.words());
        workload = rest.stream().filter(word -> !word.startsWith("-")).findFirst()
                .orElseThrow(() -> new BadInputException("sweep compare needs a WORKLOAD: "
                        + WorkloadCatalog.shownNames() + " (see sweep compare --help)"));
        rest.remove(workload);
        workloadArgs = List.copyOf(rest);
        return call();
    }

    private int call() throws IOException, InterruptedException {
        WorkloadEntry.Bound<?> bound = WorkloadCatalog.find(workload).bind();
        int workers = procs == null ? Cpus.available(env, Runtime.getRuntime().availableProcessors())
                : Numbers.wholeAtLeast(procs, 1, "--procs");
        Path dir = Path.of(out == null ? "compare-" + workload : out).toAbsolutePath().normalize();
        List<String> args = withSharedSeed(planned(bound, workers, dir));
        checkUnused(dir);

        Files.createDirectories(dir);
        ModeLauncher launcher = ModeLauncher.ofThisJvm(env.get("SWEEP_JAVA_OPTS"));
        List<ModeRun> runs = new ArrayList<>();
        for (ExecutionMode mode : MODES) {
            String label = mode.label();
            System.out.println("compare: " + label + " ...");
            runs.add(launcher.run(workload, label, workers, args, dir.resolve(label), dir.resolve(label + ".log")));
        }
        CompareReport report = new CompareReport(workload, args, runs, Agreement.check(workload, runs));
        report.lines().forEach(System.out::println);
        CompareOutputs.write(dir, report);
        System.out.println("wrote " + dir.resolve(CompareOutputs.JSON_FILE) + " and " + CompareOutputs.PNG_FILE);
        return report.agreement().agree() ? 0 : 1;
    }

    /** The workload's options, parsed and planned here first, so bad input stops before any run. */
    private Workload planned(WorkloadEntry.Bound<?> bound, int workers, Path dir) {
        Arguments.Parsed parsed = new Arguments(bound.options().options(), "sweep compare takes --procs, --out "
                + "and the options of --workload " + workload).parse(workloadArgs, Map.of(), false);
        if (!parsed.words().isEmpty()) {
            throw new BadInputException("unexpected argument '" + parsed.words().get(0) + "': sweep compare "
                    + "takes one WORKLOAD, --procs, --out and the options of --workload " + workload);
        }
        SweepSpec spec = new SweepSpec(workload, workers, dir.resolve("sequential"), 0, Optional.empty(), 0,
                ExecutionMode.SEQUENTIAL, true, false);
        Workload parentSide = bound.create(spec);
        parentSide.plan();
        return parentSide;
    }

    /**
     * The workload's options for every mode, with the seed they must share: the one given, or
     * the one drawn while planning.
     */
    private List<String> withSharedSeed(Workload parentSide) {
        List<String> args = new ArrayList<>(workloadArgs);
        Map.Entry<String, String> seed = SEEDS.get(workload);
        if (seed != null && args.stream().noneMatch(a -> a.equals(seed.getValue())
                || a.startsWith(seed.getValue() + "="))) {
            args.add(seed.getValue());
            args.add(String.valueOf(parentSide.parameters().get(seed.getKey())));
        }
        return List.copyOf(args);
    }

    private static void checkUnused(Path dir) throws IOException {
        OutputDirectory.checkWritable(dir);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new BadInputException("--out " + dir + " is not empty: give a new or empty directory "
                            + "(each mode's run goes into it)");
                }
            }
        }
    }
}
