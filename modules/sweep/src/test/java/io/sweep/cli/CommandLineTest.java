package io.sweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sweep.config.ExecutionMode;
import io.sweep.config.SweepSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing and validation in-process; the real launcher is exercised by the *IT tests. */
class CommandLineTest {
    @TempDir
    Path dir;

    private SweepSpec spec(Map<String, String> env, String... args) {
        return parsed(env, Map.of(), args).spec();
    }

    private static SweepCommand parsed(Map<String, String> env, Map<String, String> config, String... args) {
        SweepCommand command = SweepCommand.create(env);
        command.parse(command.arguments(), List.of(args), config);
        return command;
    }

    @Test
    void defaultsFollowSlurmAndTheIssue() {
        SweepSpec spec = spec(Map.of("SLURM_CPUS_PER_TASK", "5"));
        assertEquals(5, spec.procs());
        assertEquals(Path.of("sweep-out").toAbsolutePath(), spec.out());
        assertEquals(ExecutionMode.PROCESSES, spec.mode());
        assertEquals(2, spec.retries());
        assertTrue(spec.timeout().isEmpty());
        assertEquals(Runtime.getRuntime().availableProcessors(), spec(Map.of()).procs());
    }

    @Test
    void everyOptionIsRead() {
        SweepSpec spec = spec(Map.of(), "--procs", "3", "--out", dir.toString(), "--retries", "0", "--timeout", "1h30m",
                "--max-tasks-per-child", "1", "--mode", "THREADS", "--quiet", "--force");
        assertEquals(new SweepSpec("poisson", 3, dir, 0, java.util.Optional.of(Duration.ofMinutes(90)), 1,
                ExecutionMode.THREADS, true, true), spec);
    }

    private record Outcome(int code, String out, String err) {
    }

    private Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void configFileGivesDefaultsAndTheCommandLineOverridesThem() throws Exception {
        Path config = Files.writeString(dir.resolve("sweep.properties"), "procs = 7\nmode = sequential\nretries = 4\n");
        SweepSpec spec = parsed(Map.of(), Map.of("procs", "7", "mode", "sequential", "retries", "4"), "--procs", "2")
                .spec();
        assertEquals(2, spec.procs(), "the command line wins");
        assertEquals(ExecutionMode.SEQUENTIAL, spec.mode(), "the file fills in the rest");
        assertEquals(4, spec.retries());

        Outcome bad = run("--config", config.toString(), "--procs", "0", "--out", dir.resolve("o").toString());
        assertEquals(2, bad.code());
        Path typo = Files.writeString(dir.resolve("typo.properties"), "alpha = 1\n");
        Outcome unknown = run("--config=" + typo, "--out", dir.resolve("o").toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown key 'alpha'"), unknown.err());
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        for (String[] args : new String[][] {{"--alphas", "1,x"}, {"--procs", "0"}, {"--nope"}, {"--mesh", "-4"},
                {"--timeout", "soon"}, {"--workload", "nosuch"}, {"--mode", "fork"}, {"extra"}, {"--procs"},
                {"--quiet=yes"}, {"--procs", "2", "--procs", "3"}, {"--seed", "1"}, {"report"}, {"bench", "nosuch"},
                {"compare"}, {"compare", "pi", "--alphas", "1"}}) {
            Outcome outcome = run(args);
            assertEquals(2, outcome.code(), String.join(" ", args) + ": " + outcome.err());
            assertEquals(1, outcome.err().lines().count(), outcome.err());
            assertTrue(outcome.err().startsWith("sweep: "), outcome.err());
            assertEquals("", outcome.out());
        }
    }

    @Test
    void helpAndVersionExitZero() {
        Outcome help = run("--help");
        assertEquals(0, help.code());
        assertEquals("", help.err());
        assertTrue(help.out().contains("--halt=WHEN") && help.out().contains("--backend, --mode=NAME"), help.out());
        assertTrue(help.out().contains("--alphas") && help.out().contains("--max-tasks-per-child"), help.out());
        assertTrue(help.out().contains("Options of --workload pi") && help.out().contains("--points=N"), help.out());
        assertTrue(help.out().contains("\n  compare "), "the commands are listed: " + help.out());
        assertFalse(help.out().contains("selftest"), "the test workload stays hidden");
        assertEquals(help.out(), run("--procs", "2", "-h").out(), "help wins wherever it is");
        for (String[] command : new String[][] {{"compare", "--help"}, {"report", "-h"}, {"bench", "--help"},
                {"bench", "solver", "--help"}}) {
            Outcome outcome = run(command);
            assertEquals(0, outcome.code(), outcome.err());
            assertTrue(outcome.out().startsWith("Usage: sweep " + command[0]), outcome.out());
        }
        for (String[] command : new String[][] {{"compare", "-V"}, {"report", "--version"}, {"bench", "-V"}}) {
            assertTrue(run(command).out().startsWith("sweep "), String.join(" ", command));
        }
        Outcome version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().contains("Java " + System.getProperty("java.version")), version.out());
        assertTrue(version.out().contains(System.getProperty("java.home")), version.out());
    }
}
