package io.sweep.workloads.compare;

import io.sweep.engine.ParentLifeline;
import io.sweep.results.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Runs one mode of a comparison as its own {@code sweep} command, a fresh JVM as a user would
 * start it, so that every mode pays its own start-up and none inherits another's warmed-up JIT.
 * When this JVM was started by an installation's {@code bin/sweep} (which names itself in the
 * system property {@value #LAUNCHER_PROPERTY}), each mode runs through that same launcher, with
 * the JVM options and class-data archive a user's command gets; otherwise (the jar run directly,
 * as the tests do) through this JVM's java with the options {@code bin/sweep} would give.
 * Wall time is measured around the command, run time is the one its manifest records; CPU time
 * is what the command and every process it started used ({@link CpuClock}); the result comes from
 * the run's {@code summary.json}.
 *
 * @param launcher  the installation's bin/sweep, or null to start java directly
 * @param java      the java executable
 * @param jvmArgs   options of the command's JVM when java is started directly (bin/sweep reads
 *                  them from {@code SWEEP_JAVA_OPTS} itself)
 * @param classPath the class path holding {@code io.sweep.cli.Main}
 */
public record ModeLauncher(Path launcher, Path java, List<String> jvmArgs, String classPath) {
    /** The system property in which bin/sweep names itself. */
    public static final String LAUNCHER_PROPERTY = "sweep.launcher";
    private static final String MAIN = "io.sweep.cli.Main";

    public ModeLauncher {
        jvmArgs = List.copyOf(jvmArgs);
    }

    /** This JVM's launcher if it has one, its java and class path, and {@code extraOptions} (may be null). */
    public static ModeLauncher ofThisJvm(String extraOptions) {
        List<String> options = extraOptions == null || extraOptions.isBlank() ? List.of()
                : Arrays.asList(extraOptions.strip().split("\\s+"));
        String named = System.getProperty(LAUNCHER_PROPERTY);
        Path launcher = named != null && Files.isExecutable(Path.of(named)) ? Path.of(named) : null;
        return new ModeLauncher(launcher, Path.of(System.getProperty("java.home"), "bin", "java"), options,
                System.getProperty("java.class.path"));
    }

    /**
     * The command line of one mode's run: bin/sweep with the arguments, or java with the options
     * bin/sweep would give (a serial collector, and C1 only when the tasks run in child JVMs,
     * since this JVM then only coordinates them; C2 when they run in it: threads, sequential).
     */
    public List<String> command(String workload, String mode, int procs, List<String> workloadArgs, Path out) {
        List<String> command = new ArrayList<>();
        if (launcher != null) {
            command.add(launcher.toString());
        } else {
            command.add(java.toString());
            command.add("-Djava.awt.headless=true");
            command.add("-XX:+UseSerialGC");
            if (mode.equals("processes")) {
                command.add("-XX:TieredStopAtLevel=1");
            }
            command.addAll(jvmArgs);
            command.addAll(List.of("-cp", classPath, MAIN));
        }
        command.addAll(List.of("--workload", workload, "--mode", mode, "--procs", Integer.toString(procs),
                "--out", out.toString(), "--quiet"));
        command.addAll(workloadArgs);
        return command;
    }

    /**
     * Runs the mode into {@code out} (which must not exist yet), its console output into
     * {@code log}; a run that does not exit 0 is an IOException quoting its last line.
     */
    public ModeRun run(String workload, String mode, int procs, List<String> workloadArgs, Path out, Path log)
            throws IOException, InterruptedException {
        List<String> command = command(workload, mode, procs, workloadArgs, out);
        // stdin stays a pipe from this JVM, never written: the run stops when this JVM ends.
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put(ParentLifeline.ENV, "1");
        OptionalDouble cpuBefore = CpuClock.childrenSeconds();
        long start = System.nanoTime();
        Process process = builder.start();
        int code = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        OptionalDouble cpuAfter = CpuClock.childrenSeconds();
        if (code != 0) {
            throw new IOException("the " + mode + " run exited with code " + code + ": " + lastLine(log)
                    + " (whole output in " + log + ")");
        }
        Map<String, Object> summary = Json.readObject(Files.readString(out.resolve("summary.json"),
                StandardCharsets.UTF_8));
        double cpu = cpuBefore.isPresent() && cpuAfter.isPresent()
                ? cpuAfter.getAsDouble() - cpuBefore.getAsDouble() : Double.NaN;
        Object taskSeconds = summary.get("task_seconds");
        Map<String, Object> manifest = Json.readObject(Files.readString(out.resolve("manifest.json"),
                StandardCharsets.UTF_8));
        double run = Duration.between(Instant.parse((String) manifest.get("started")),
                Instant.parse((String) manifest.get("ended"))).toNanos() / 1e9;
        return new ModeRun(mode, mode.equals("sequential") ? 1 : procs, wall, run, cpu,
                taskSeconds instanceof Number n ? n.doubleValue() : 0.0, summary, command);
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
    }
}
