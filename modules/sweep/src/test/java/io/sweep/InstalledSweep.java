package io.sweep;

import com.fasterxml.jackson.jr.ob.JSON;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The installed launcher ({@code bin/sweep} of the unpacked distributable) run as a user runs
 * it: the system's PATH (with a directory of stand-in commands in front, when given), java
 * through JAVA_HOME, a HOME of the test's own.
 *
 * @param launcher bin/sweep
 * @param home     the test's HOME (also the working directory)
 * @param env      variables beyond the usual ones (SWEEP_WORKER_JAVA_OPTS, ...)
 */
record InstalledSweep(Path launcher, Path home, Map<String, String> env) {

    static InstalledSweep of(Installation installation, Path home) {
        return new InstalledSweep(installation.launcher(), home, Map.of());
    }

    InstalledSweep with(String name, String value) {
        Map<String, String> more = new HashMap<>(env);
        more.put(name, value);
        return new InstalledSweep(launcher, home, more);
    }

    /** Puts {@code dir} first on PATH (fake sbatch, squeue, ...). */
    InstalledSweep withPathFirst(Path dir) {
        return with("PATH", dir + File.pathSeparator + System.getenv("PATH"));
    }

    Map<String, String> environment() {
        Map<String, String> all = new HashMap<>();
        all.put("PATH", System.getenv("PATH"));
        all.put("HOME", home.toString());
        all.put("JAVA_HOME", System.getProperty("java.home"));
        all.put("SWEEP_CACHE_DIR", home.resolve("cache").toString());
        all.putAll(env);
        return all;
    }

    List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return command;
    }

    CommandResult run(String... args) throws Exception {
        return Installation.run(command(args), environment(), home, Duration.ofMinutes(3));
    }

    /** Starts it with stdout and stderr in files under HOME. */
    Process start(String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command(args)).directory(home.toFile())
                .redirectOutput(home.resolve("sweep.out").toFile()).redirectError(home.resolve("sweep.err").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(environment());
        return builder.start();
    }

    CommandResult result(Process process) throws Exception {
        return new CommandResult(process.exitValue(), Files.readString(home.resolve("sweep.out")),
                Files.readString(home.resolve("sweep.err")));
    }

    static Map<String, Object> manifest(Path out) throws Exception {
        return JSON.std.mapFrom(Files.readString(out.resolve("manifest.json")));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> tasks(Path out) throws Exception {
        return (List<Map<String, Object>>) manifest(out).get("tasks");
    }

    /** A stand-in command in {@code dir}: a sh script. */
    static void fake(Path dir, String name, String script) throws Exception {
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + script);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
