package io.sweep;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the bad-day tests share: bin/sweep of the unpacked distributable, run as a user runs it
 * in a working directory of the test's own ({@code dir/work}), with the Java of the tests on
 * JAVA_HOME, an empty HOME and the class-data cache under target/.
 */
abstract class BadDayTest extends InstalledLauncherTest {

    Path work() throws IOException {
        return Files.createDirectories(dir.resolve("work"));
    }

    Map<String, String> environment(Map<String, String> extra) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", "/usr/bin:/bin");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("HOME", Files.createDirectories(dir.resolve("home")).toString());
        env.put("SWEEP_CACHE_DIR", Paths.get(System.getProperty("basedir", System.getProperty("user.dir")),
                "target", "it-cache").toString());
        env.putAll(extra);
        return env;
    }

    List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(installation.launcher().toString()));
        command.addAll(List.of(args));
        return command;
    }

    CommandResult sweep(String... args) throws Exception {
        return sweep(Map.of(), args);
    }

    CommandResult sweep(Map<String, String> env, String... args) throws Exception {
        return Installation.run(command(args), environment(env), work(), Duration.ofSeconds(180));
    }

    /** Starts bin/sweep without waiting, its output into files of the working directory. */
    Process start(String name, String... args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(args)).directory(work().toFile())
                .redirectOutput(work().resolve(name + ".out").toFile())
                .redirectError(work().resolve(name + ".err").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(environment(Map.of()));
        return builder.start();
    }

    /** Every file and directory under {@code root}, relative to it, sorted. */
    static List<String> tree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    /** Runs a system command (mount, umount, dd) that must succeed. */
    static void system(String... command) throws Exception {
        CommandResult result = Installation.run(List.of(command), Map.of("PATH", "/usr/sbin:/usr/bin:/sbin:/bin"),
                Paths.get("/"));
        if (result.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + result.describe());
        }
    }
}
