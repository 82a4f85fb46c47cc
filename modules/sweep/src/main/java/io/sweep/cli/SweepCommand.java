package io.sweep.cli;

import io.sweep.config.BadInputException;
import io.sweep.config.Cpus;
import io.sweep.config.Durations;
import io.sweep.config.ExecutionMode;
import io.sweep.config.Numbers;
import io.sweep.config.OutputDirectory;
import io.sweep.config.SweepSpec;
import io.sweep.config.TaskLimit;
import io.sweep.engine.Backend;
import io.sweep.engine.ParentLifeline;
import io.sweep.engine.PreviousSweep;
import io.sweep.engine.Provenance;
import io.sweep.engine.HaltPolicy;
import io.sweep.engine.SweepRun;
import io.sweep.engine.Task;
import io.sweep.engine.Workload;
import io.sweep.slurm.SlurmCommandLine;
import io.sweep.workloads.WorkloadCatalog;
import io.sweep.workloads.WorkloadEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code sweep [OPTIONS]}: runs a workload's tasks (by default the poisson sweep over α), each
 * in its own child JVM. Options are plain strings here and validated in {@link #spec()}, so every
 * bad value gets the same kind of one-line message.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class, sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Runs a parameter sweep, each task in its own child JVM, and writes .vtu files, sweep.pvd, "
                + "norms.csv/json, plots and manifest.json into --out. Exit codes: 0 all done, 1 some failed, "
                + "2 invalid usage, 130/143 interrupted.")
public final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec commandSpec;

    @Option(names = "--workload", paramLabel = "NAME", description = "What to run (default: poisson).")
    String workload = WorkloadCatalog.defaultName();

    @Option(names = "--procs", paramLabel = "N",
            description = "At most N tasks at once (default: the CPUs this process may use, or SLURM_CPUS_PER_TASK).")
    String procs;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ./sweep-out).")
    String out = "sweep-out";

    @Option(names = "--retries", paramLabel = "N", description = "Retries of a failed task, each in a fresh child "
            + "(default: 2).")
    String retries = "2";

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "A task running longer fails and its child is killed, e.g. 90s, 5m, 1h30m (default: none).")
    String timeout;

    @Option(names = "--max-tasks-per-child", paramLabel = "N",
            description = "A child JVM exits after N tasks; 1 = a fresh JVM per task (default: 0, no limit).")
    String maxTasksPerChild;

    @Option(names = {"--backend", "--mode"}, paramLabel = "NAME",
            description = "Where tasks run: processes (default: child JVMs on this machine), threads, sequential, "
                    + "or slurm (one Slurm job array, at most --procs array tasks at once, --out on a shared "
                    + "filesystem). --mode is another name for it.")
    String backend = "processes";

    @Option(names = "--halt", paramLabel = "WHEN",
            description = "never (default: run every task), now (stop at once) or soon (let running tasks finish), "
                    + "with ,fail=N or ,fail=P%%: after N failed tasks (1), or P%% of them.")
    String halt = "never";

    @Option(names = "--config", paramLabel = "FILE",
            description = "Options from a properties file (keys: long option names without --); the command "
                    + "line overrides it.")
    String config;

    @Mixin
    SlurmCommandLine backendOptions = new SlurmCommandLine();

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Option(names = "--force", description = "Use --out even if it holds a sweep of another problem.")
    boolean force;

    private final List<WorkloadEntry.Bound<?>> workloads;
    private final Map<String, String> env;

    SweepCommand(List<WorkloadEntry.Bound<?>> workloads, Map<String, String> env) {
        this.workloads = workloads;
        this.env = env;
    }

    /** The validated spec; throws {@link BadInputException} for any bad value. */
    SweepSpec spec() {
        WorkloadCatalog.find(workload);
        int procCount = procs == null ? Cpus.available(env, Runtime.getRuntime().availableProcessors())
                : Numbers.wholeAtLeast(procs, 1, "--procs");
        return new SweepSpec(workload, procCount, Path.of(out), Numbers.wholeAtLeast(retries, 0, "--retries"),
                Optional.ofNullable(timeout).map(t -> Durations.parse(t, "--timeout")),
                maxTasksPerChild == null ? 0 : Numbers.wholeAtLeast(maxTasksPerChild, 0, "--max-tasks-per-child"),
                ExecutionMode.parse(backend), quiet, force);
    }

    /** At most one worker per task, as GNU parallel does: more would start JVMs with nothing to do. */
    private static SweepSpec cappedAt(SweepSpec spec, int tasks) {
        int procs = Math.max(1, Math.min(spec.procs(), tasks));
        return procs == spec.procs() ? spec : new SweepSpec(spec.workload(), procs, spec.out(), spec.retries(),
                spec.timeout(), spec.maxTasksPerChild(), spec.mode(), spec.quiet(), spec.force());
    }

    @Override
    public Integer call() throws Exception {
        ParentLifeline.startIfAsked(env);
        SweepSpec given = spec();
        HaltPolicy haltPolicy = HaltPolicy.parse(halt);
        BackendFactory.check(given.mode(), maxTasksPerChild != null, backendOptions, env);
        WorkloadEntry.Bound<?> chosen = chosen(given.workload());
        Workload parentSide = chosen.create(given);
        List<Task> tasks = parentSide.plan();
        TaskLimit.check(tasks.size(), "--workload " + given.workload());
        SweepSpec spec = cappedAt(given, tasks.size());
        // Every check of --out before anything starts: a pool's workers start with the backend.
        OutputDirectory.checkWritable(spec.out());
        PreviousSweep.check(spec.out(), parentSide.name(), parentSide.problem(), spec.force());
        if (spec.mode() == ExecutionMode.SLURM && backendOptions.dryRun()) {
            return backendOptions.dryRun(spec, parentSide, chosen.entry().runner(), env, tasks, System.out);
        }
        boolean terminal = System.console() != null && !"dumb".equals(env.get("TERM"));
        try (Backend backend = BackendFactory.create(spec, parentSide, chosen.entry().runner(), env, tasks.size(),
                backendOptions, System.err)) {
            io.sweep.engine.Trace.mark("backend ready");
            return new SweepRun(spec, haltPolicy, parentSide, backend, System.out, System.err, terminal,
                    VersionInfo.version(),
                    Provenance.of(commandSpec.commandLine().getParseResult().originalArgs())).run(tasks);
        }
    }

    /** The chosen workload's bound options; options of another workload on the command line are an error. */
    private WorkloadEntry.Bound<?> chosen(String name) {
        ParseResult parsed = commandSpec.commandLine().getParseResult();
        WorkloadEntry.Bound<?> chosen = null;
        for (WorkloadEntry.Bound<?> bound : workloads) {
            if (bound.entry().name().equals(name)) {
                chosen = bound;
                continue;
            }
            for (OptionSpec option : commandSpec.mixins().get(bound.entry().name()).options()) {
                if (parsed != null && parsed.hasMatchedOption(option)) {
                    throw new BadInputException(option.longestName() + " belongs to --workload "
                            + bound.entry().name() + ", not " + name + ": drop it or choose that workload");
                }
            }
        }
        if (chosen == null) {
            throw new BadInputException("--workload '" + name + "' is unknown");
        }
        return chosen;
    }
}
