package io.sweep.cli;

import io.sweep.backend.MachineMemory;
import io.sweep.cli.args.Arguments;
import io.sweep.cli.args.Option;
import io.sweep.cli.args.Section;
import io.sweep.cli.args.Usage;
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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code sweep [OPTIONS]}: runs a workload's tasks (by default the poisson sweep over α), each
 * in its own child JVM. Options are plain strings here and validated in {@link #spec()}, so every
 * bad value gets the same kind of one-line message.
 */
public final class SweepCommand {
    static final String DESCRIPTION = "Runs a parameter sweep, each task in its own child JVM, and writes .vtu "
            + "files, sweep.pvd, norms.csv/json, plots and manifest.json into --out. Exit codes: 0 all done, "
            + "1 some failed, 2 invalid usage, 130/143 interrupted.";

    private String workload;
    private String procs;
    private String out;
    private String retries;
    private String timeout;
    private String maxTasksPerChild;
    private String backend;
    private String halt;
    private boolean quiet;
    private boolean force;
    private final SlurmCommandLine backendOptions = new SlurmCommandLine();
    /** The first names of the options given on the command line, and the command line itself. */
    private final Set<String> givenNames = new HashSet<>();
    private List<String> arguments = List.of();

    private final List<WorkloadEntry.Bound<?>> workloads;
    private final Map<String, String> env;

    SweepCommand(List<WorkloadEntry.Bound<?>> workloads, Map<String, String> env) {
        this.workloads = workloads;
        this.env = env;
    }

    /** A command with every workload's options, for one command line. */
    static SweepCommand create(Map<String, String> env) {
        List<WorkloadEntry.Bound<?>> workloads = new ArrayList<>();
        for (WorkloadEntry<?> entry : WorkloadCatalog.entries()) {
            workloads.add(entry.bind());
        }
        return new SweepCommand(workloads, env);
    }

    /** The command's own options (--config among them, read before the others by {@link Main}). */
    private List<Option> ownOptions() {
        return List.of(
                Option.value("--workload", "NAME", "What to run: " + WorkloadCatalog.shownNames() + ".",
                        v -> workload = v).byDefault(WorkloadCatalog.defaultName()),
                Option.value("--procs", "N", "At most N tasks at once (default: the CPUs this process may use, "
                        + "or SLURM_CPUS_PER_TASK).", v -> procs = v),
                Option.value("--out", "DIR", "Output directory.", v -> out = v).byDefault("sweep-out"),
                Option.value("--retries", "N", "Retries of a failed task, each in a fresh child.",
                        v -> retries = v).byDefault("2"),
                Option.value("--timeout", "DURATION", "A task running longer fails and its child is killed, "
                        + "e.g. 90s, 5m, 1h30m (default: none).", v -> timeout = v),
                Option.value("--max-tasks-per-child", "N", "A child JVM exits after N tasks; 1 = a fresh JVM per "
                        + "task (default: 0, no limit).", v -> maxTasksPerChild = v),
                Option.value("--backend", "NAME", "Where tasks run: processes (child JVMs on this machine), "
                        + "threads, sequential, or slurm (one Slurm job array, at most --procs array tasks at once, "
                        + "--out on a shared filesystem); --mode is another name for it.",
                        v -> backend = v).alias("--mode").byDefault("processes"),
                Option.value("--halt", "WHEN", "never (run every task), now (stop at once) or soon (let running "
                        + "tasks finish), with ,fail=N or ,fail=P%: after N failed tasks (1), or P% of them.",
                        v -> halt = v).byDefault("never"),
                Option.value(Main.CONFIG, "FILE", "Options from a properties file (keys: long option names "
                        + "without --); the command line overrides it.", v -> { }),
                Option.flag("--quiet", "No progress output.", () -> quiet = true),
                Option.flag("--force", "Use --out even if it holds a sweep of another problem.", () -> force = true));
    }

    /** Every option, in the sections --help shows. */
    List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(null, ownOptions()));
        sections.add(new Section("With --backend slurm", backendOptions.options()));
        for (WorkloadEntry.Bound<?> bound : workloads) {
            List<Option> options = bound.options().options();
            sections.add(new Section("Options of --workload " + bound.entry().name() + " ("
                    + bound.entry().description() + ")", bound.entry().hidden() ? hidden(options) : options));
        }
        return sections;
    }

    private static List<Option> hidden(List<Option> options) {
        List<Option> hidden = new ArrayList<>();
        for (Option option : options) {
            hidden.add(option.hide());
        }
        return hidden;
    }

    /** A parser of every option of {@link #sections()}. */
    Arguments arguments() {
        List<Option> all = new ArrayList<>();
        for (Section section : sections()) {
            all.addAll(section.options());
        }
        return new Arguments(all, "see sweep --help");
    }

    /** The --help text: the options of the command, of Slurm and of each workload, and the commands. */
    String help() {
        return Usage.format(List.of("sweep [OPTIONS]", "sweep compare WORKLOAD [OPTIONS]", "sweep report DIR",
                        "sweep bench solver|results [OPTIONS]"), List.of(DESCRIPTION), sections(),
                List.of(new String[] {"compare", CompareCommand.DESCRIPTION},
                        new String[] {"report", ReportCommand.DESCRIPTION},
                        new String[] {"bench", BenchCommand.DESCRIPTION}));
    }

    /** Reads the command line (and the config file's values, for the options it does not give). */
    Arguments.Parsed parse(Arguments arguments, List<String> args, Map<String, String> config) {
        Arguments.Parsed parsed = arguments.parse(args, config, false);
        if (parsed.help() || parsed.version()) {
            return parsed;
        }
        if (!parsed.words().isEmpty()) {
            throw new BadInputException("unexpected argument '" + parsed.words().get(0) + "': sweep takes "
                    + "options, or a command first: compare, bench or report (see sweep --help)");
        }
        for (Option option : parsed.given()) {
            givenNames.add(option.names().get(0));
        }
        this.arguments = List.copyOf(args);
        return parsed;
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

    /** Runs the sweep; returns the exit code. */
    int call() throws Exception {
        ParentLifeline.startIfAsked(env);
        SweepSpec given = spec();
        // Local workers' heap is checked against the machine's memory: asked for meanwhile.
        MachineMemory memory = given.mode() == ExecutionMode.PROCESSES ? MachineMemory.start() : null;
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
                backendOptions, memory, System.err)) {
            io.sweep.engine.Trace.mark("backend ready");
            return new SweepRun(spec, haltPolicy, parentSide, backend, System.out, System.err, terminal,
                    VersionInfo.version(),
                    Provenance.of(arguments)).run(tasks);
        }
    }

    /** The chosen workload's bound options; options of another workload on the command line are an error. */
    private WorkloadEntry.Bound<?> chosen(String name) {
        WorkloadEntry.Bound<?> chosen = null;
        for (WorkloadEntry.Bound<?> bound : workloads) {
            if (bound.entry().name().equals(name)) {
                chosen = bound;
                continue;
            }
            for (Option option : bound.options().options()) {
                if (givenNames.contains(option.names().get(0))) {
                    throw new BadInputException(option.names().get(0) + " belongs to --workload "
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
