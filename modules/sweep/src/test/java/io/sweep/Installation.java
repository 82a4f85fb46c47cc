package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * An unpacked copy of the distributable (target/sweep-&lt;version&gt;.tar.gz, built at package),
 * for tests that run {@code bin/sweep} as a user on a cluster node would: a clean environment,
 * a PATH of a few symbolic links and no Maven.
 */
record Installation(Path home, String version) {

    /** The archive `mvn package` built for this module; exactly one must be there. */
    static Path archive() throws IOException {
        Path target = Paths.get(System.getProperty("basedir", System.getProperty("user.dir")), "target");
        List<Path> found;
        try (Stream<Path> files = Files.list(target)) {
            found = files.filter(f -> f.getFileName().toString().matches("sweep-.+\\.tar\\.gz")).toList();
        }
        if (found.size() != 1) {
            fail("expected one sweep-<version>.tar.gz in " + target + ", found " + found
                    + "; `mvn verify` builds it at package (mvn clean verify if there are several)");
        }
        return found.get(0);
    }

    /** Unpacks the archive with tar(1), as a user would, into an empty directory. */
    static Installation unpack(Path archive, Path into) throws Exception {
        CommandResult tar = run(List.of("tar", "-xzf", archive.toString(), "-C", into.toString()),
                Map.of("PATH", System.getenv("PATH")), into);
        assertEquals(0, tar.exitCode(), tar::describe);
        List<Path> top;
        try (Stream<Path> entries = Files.list(into)) {
            top = entries.toList();
        }
        assertEquals(1, top.size(), "one top-level directory in the archive: " + top);
        String name = top.get(0).getFileName().toString();
        assertTrue(name.startsWith("sweep-"), "top-level directory sweep-<version>: " + name);
        return new Installation(top.get(0), name.substring("sweep-".length()));
    }

    Path launcher() {
        return home.resolve("bin/sweep");
    }

    /** The version sweep.jar's manifest declares (Maven writes it from the pom). */
    String jarVersion() throws IOException {
        try (JarFile jar = new JarFile(home.resolve("lib/sweep.jar").toFile())) {
            return jar.getManifest().getMainAttributes().getValue("Implementation-Version");
        }
    }

    /** The java of the JVM running the tests: the Java 17+ the real runs use. */
    static Path realJava() {
        return Paths.get(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * The home of a Java 25 or newer runtime, for the launcher's and the workers' AOT caches:
     * {@code SWEEP_TEST_JDK25} if set, else the first under /usr/lib/jvm whose release file says
     * so (machines of this project's kind have Temurin 25 there beside the default JDK). Fails,
     * rather than skips, when there is none.
     */
    static Path java25Home() throws IOException {
        String given = System.getenv("SWEEP_TEST_JDK25");
        if (given != null && !given.isBlank()) {
            return Paths.get(given);
        }
        Path jvms = Paths.get("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> homes = Files.list(jvms)) {
                for (Path home : homes.sorted().toList()) {
                    Path release = home.resolve("release");
                    if (!Files.isSymbolicLink(home) && Files.isRegularFile(release)
                            && Files.isExecutable(home.resolve("bin/java")) && featureOf(release) >= 25) {
                        return home;
                    }
                }
            }
        }
        throw new AssertionError("no Java 25 or newer under /usr/lib/jvm: install one (Temurin 25) or set"
                + " SWEEP_TEST_JDK25 to its home");
    }

    private static int featureOf(Path release) throws IOException {
        for (String line : Files.readAllLines(release)) {
            if (line.startsWith("JAVA_VERSION=")) {
                String digits = line.substring("JAVA_VERSION=".length()).replace("\"", "").replaceAll("[^0-9].*", "");
                return digits.isEmpty() ? 0 : Integer.parseInt(digits);
            }
        }
        return 0;
    }

    /**
     * A directory to put alone on PATH: links to sh and the few tools the launcher may use, and
     * to java when asked. No mvn, so a run that needed Maven would fail.
     */
    static Path toolsDir(Path dir, boolean withJava) throws IOException {
        Files.createDirectories(dir);
        for (String tool : List.of("sh", "readlink", "ls")) {
            Files.createSymbolicLink(dir.resolve(tool), systemTool(tool));
        }
        if (withJava) {
            Files.createSymbolicLink(dir.resolve("java"), realJava());
        }
        return dir;
    }

    static Path systemTool(String name) {
        for (String dir : List.of("/usr/bin", "/bin")) {
            Path tool = Paths.get(dir, name);
            if (Files.isExecutable(tool)) {
                return tool;
            }
        }
        throw new AssertionError(name + " is not in /usr/bin or /bin");
    }

    /**
     * Deletes the symbolic links under a test directory before JUnit cleans it (JUnit warns about
     * every link that points outside its temporary directory, as the tool links do).
     */
    static void removeLinks(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isSymbolicLink).toList()) {
                Files.delete(file);
            }
        }
    }

    /** A POSIX sh to run the launcher with explicitly: dash, the strictest one Debian has. */
    static Path dash() {
        for (String candidate : List.of("/usr/bin/dash", "/bin/dash")) {
            if (Files.isExecutable(Paths.get(candidate))) {
                return Paths.get(candidate);
            }
        }
        throw new AssertionError("dash is missing: apt-get install dash (it is essential on Debian)");
    }

    /** Runs a command with exactly this environment; fails the test if it overruns. */
    static CommandResult run(List<String> command, Map<String, String> env, Path cwd) throws Exception {
        return run(command, env, cwd, Duration.ofSeconds(60));
    }

    static CommandResult run(List<String> command, Map<String, String> env, Path cwd, Duration timeout)
            throws Exception {
        File out = File.createTempFile("sweep-it", ".out");
        File err = File.createTempFile("sweep-it", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                    .redirectOutput(out).redirectError(err).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().clear();
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail(command + " did not finish within " + timeout + "; stderr so far:\n"
                        + Files.readString(err.toPath()));
            }
            return new CommandResult(process.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
        } finally {
            Files.deleteIfExists(out.toPath());
            Files.deleteIfExists(err.toPath());
        }
    }
}
