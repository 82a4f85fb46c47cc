package io.sweep;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built launcher as a user would: {@code java -jar target/sweep.jar ARGS} in a working
 * directory, with its output captured to files. Worker class-data archives go to a cache under
 * target/, not the user's home.
 */
final class SweepLauncher {
    private final Path workDir;
    private final Path stdout;
    private final Path stderr;

    SweepLauncher(Path workDir) {
        this.workDir = workDir;
        this.stdout = workDir.resolve("launcher.out");
        this.stderr = workDir.resolve("launcher.err");
    }

    static Path jar() {
        Path jar = Paths.get(System.getProperty("basedir", System.getProperty("user.dir")), "target", "sweep.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run `mvn package` (or `mvn verify`) first");
        }
        return jar;
    }

    static Path java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java");
    }

    Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java().toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("SWEEP_CACHE_DIR", jar().getParent().resolve("it-cache").toString());
        builder.environment().remove("SLURM_CPUS_PER_TASK");
        return builder.start();
    }

    CommandResult run(String... args) throws Exception {
        Process process = start(args);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("sweep " + String.join(" ", args) + " did not end in 5 minutes");
        }
        return result(process.exitValue());
    }

    CommandResult result(int exitCode) throws IOException {
        return new CommandResult(exitCode, Files.readString(stdout), Files.readString(stderr));
    }

    /** manifest.json of an output directory, or empty while it is not written yet. */
    static Optional<Map<String, Object>> manifest(Path out) throws IOException {
        try {
            return Optional.of(JSON.std.mapFrom(Files.readString(out.resolve("manifest.json"))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> tasks(Map<String, Object> manifest) {
        return (List<Map<String, Object>>) manifest.get("tasks");
    }

    /** Polls the manifest until {@code count} tasks are running, each with its worker's pid; fails after 60 s. */
    static List<Long> runningPids(Path out, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Optional<Map<String, Object>> manifest = manifest(out);
            if (manifest.isPresent()) {
                List<Long> pids = tasks(manifest.get()).stream().filter(t -> "running".equals(t.get("status")))
                        .map(t -> ((Number) t.get("pid")).longValue()).toList();
                if (pids.size() >= count) {
                    return pids;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("fewer than " + count + " tasks running after 60 s in " + out);
    }
}
