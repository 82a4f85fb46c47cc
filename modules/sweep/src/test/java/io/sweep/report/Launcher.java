package io.sweep.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The installed launcher, target/dist/bin/sweep, run as a user runs it, in a working directory. */
final class Launcher {
    private Launcher() {
    }

    record Run(int exitCode, String stdout, List<String> stderrLines) {
        String describe() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + String.join("\n", stderrLines);
        }
    }

    static Run run(Path dir, String... args) throws Exception {
        Started started = start(dir, args);
        Process process = started.process();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("sweep " + String.join(" ", args) + " ran over 180 s");
        }
        return started.result();
    }

    /** A launcher running; {@link #result} once it has ended. */
    record Started(Process process, Path stdout, Path stderr) {
        Run result() throws Exception {
            Run run = new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList());
            Files.delete(stdout);
            Files.delete(stderr);
            return run;
        }
    }

    static Started start(Path dir, String... args) throws Exception {
        Path launcher = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target", "dist",
                "bin", "sweep");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException(launcher + " is missing: run mvn package (or verify) first");
        }
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(dir, "stdout", ".txt");
        Path stderr = Files.createTempFile(dir, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("SWEEP_CACHE_DIR", launcher.getParent().getParent().getParent()
                .resolve("it-cache").toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("SLURM_CPUS_PER_TASK");
        return new Started(builder.start(), stdout, stderr);
    }
}
