package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A class-data cache that is full, read-only or holds truncated archives only costs time: a small
 * sweep run through the installed bin/sweep with the real java gives the same exit code, the same
 * output and the same norms as with a healthy cache, on every run, with nothing on stderr and no
 * {@code hs_err_pid*.log} anywhere. Each case runs on the tests' own Java 17 (dynamic archives) and
 * on a Java 25 ({@link Installation#java25Home}: AOT caches). The file systems are small tmpfs
 * mounts this test makes, so it needs root (CI runs as root); without root it fails, it does not
 * skip.
 */
class CacheFaultsIT extends InstalledLauncherTest {
    private static final List<String> SWEEP = List.of("--alphas", "1,2", "--mesh", "16", "--procs", "2", "--quiet");
    private final List<Path> mounts = new ArrayList<>();
    private Path tools;
    private Path healthyHome;
    /** JAVA_HOME for the runs: none (the tools' java, the tests' own) or a Java 25. */
    private Map<String, String> java = Map.of();

    @BeforeEach
    void tools() throws Exception {
        tools = Installation.toolsDir(dir.resolve("tools"), true);
        for (String tool : List.of("cksum", "mkdir", "mv", "rm", "df")) {
            Files.createSymbolicLink(tools.resolve(tool), Installation.systemTool(tool));
        }
        healthyHome = Files.createDirectory(dir.resolve("home"));
    }

    @AfterEach
    void unmount() throws Exception {
        for (Path mount : mounts) {
            command("umount", mount.toString());
        }
    }

    @ParameterizedTest(name = "Java {0}")
    @ValueSource(ints = {17, 25})
    void homeOnAFullFileSystem(int feature) throws Exception {
        use(feature);
        Path full = tmpfs("full", "256k");
        fill(full);
        Run healthy = sweep(Map.of("HOME", healthyHome.toString()), "healthy");
        for (int i = 1; i <= 2; i++) {
            assertSameAs(healthy, sweep(Map.of("HOME", full.toString()), "full-" + i));
        }
    }

    @ParameterizedTest(name = "Java {0}")
    @ValueSource(ints = {17, 25})
    void cacheDirOnAReadOnlyFileSystem(int feature) throws Exception {
        use(feature);
        Path readOnly = tmpfs("ro", "1m");
        Files.createDirectories(readOnly.resolve("cache"));
        command("mount", "-o", "remount,ro", readOnly.toString());
        Run healthy = sweep(Map.of("HOME", healthyHome.toString()), "healthy");
        for (String cache : List.of("cache", "absent/cache")) {
            for (int i = 1; i <= 2; i++) {
                assertSameAs(healthy, sweep(Map.of("HOME", healthyHome.toString(),
                        "SWEEP_CACHE_DIR", readOnly.resolve(cache).toString()), "ro-" + cache.length() + "-" + i));
            }
        }
    }

    @ParameterizedTest(name = "Java {0}")
    @ValueSource(ints = {17, 25})
    void truncatedArchivesAreDroppedAndWrittenAgain(int feature) throws Exception {
        use(feature);
        String kind = feature >= 25 ? ".aot" : ".jsa";
        Map<String, String> env = Map.of("HOME", healthyHome.toString());
        Run healthy = sweep(env, "first");
        // Adopts the launcher's archive the first run wrote, or creates its cache from the record.
        sweep(env, "second");
        Path cache = healthyHome.resolve(".cache/sweep");
        List<Path> archives = archives(cache, kind);
        assertEquals(2, archives.size(), "the launcher's and the workers' archive: " + archives);
        for (Path archive : archives) {
            try (FileChannel channel = FileChannel.open(archive, StandardOpenOption.WRITE)) {
                channel.truncate(Files.size(archive) / 2);
            }
        }
        for (int i = 1; i <= 2; i++) {
            assertSameAs(healthy, sweep(env, "truncated-" + i));
        }
        List<Path> again = archives(cache, kind);
        assertEquals(2, again.size(), "both written again: " + again);
        for (Path archive : again) {
            String name = archive.getFileName().toString();
            assertTrue(name.endsWith("-" + Files.size(archive) + kind), "written again, whole: " + name);
        }
    }

    /** Runs on the tests' own Java, or on a Java 25 through JAVA_HOME. */
    private void use(int feature) throws IOException {
        java = feature >= 25 ? Map.of("JAVA_HOME", Installation.java25Home().toString()) : Map.of();
    }

    /** A command's result and its --out. */
    private record Run(CommandResult result, Path out) {
    }

    private Run sweep(Map<String, String> env, String name) throws Exception {
        Path out = dir.resolve("out-" + name);
        List<String> command = new ArrayList<>(List.of(installation.launcher().toString()));
        command.addAll(SWEEP);
        command.addAll(List.of("--out", out.toString()));
        Map<String, String> all = new java.util.HashMap<>(env);
        all.putAll(java);
        all.put("PATH", tools.toString());
        Path cwd = Files.createDirectories(dir.resolve("cwd"));
        return new Run(Installation.run(command, all, cwd, Duration.ofSeconds(180)), out);
    }

    private void assertSameAs(Run healthy, Run run) throws Exception {
        CommandResult r = run.result();
        assertEquals(healthy.result().exitCode(), r.exitCode(), r::describe);
        assertEquals("", r.stderr(), r::describe);
        assertEquals(healthy.result().stdout().replace(healthy.out().toString(), "OUT"),
                r.stdout().replace(run.out().toString(), "OUT"));
        assertEquals(norms(healthy.out()), norms(run.out()));
        assertFalse(Files.exists(run.out().resolve("workers.log")), "workers said nothing");
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> crashes = files.filter(f -> f.getFileName().toString().startsWith("hs_err")).toList();
            assertEquals(List.of(), crashes, "no JVM crashed");
        }
    }

    /** norms.csv without its compute_s column, which is a measurement. */
    private static List<String> norms(Path out) throws IOException {
        List<String> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(out.resolve("norms.csv"));
        int measured = List.of(lines.get(0).split(",")).indexOf("compute_s");
        for (String line : lines) {
            List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
            cells.remove(measured);
            rows.add(String.join(",", cells));
        }
        return rows;
    }

    private static List<Path> archives(Path cache, String kind) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().endsWith(kind)).sorted().toList();
        }
    }

    private Path tmpfs(String name, String size) throws Exception {
        CommandResult id = Installation.run(List.of("id", "-u"), Map.of("PATH", "/usr/bin:/bin"), dir);
        if (!id.stdout().strip().equals("0")) {
            fail("this test mounts small file systems (tmpfs) and needs root, as CI runs it; uid is " + id.stdout().strip());
        }
        Path mount = Files.createDirectory(dir.resolve(name));
        command("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mount.toString());
        mounts.add(0, mount);
        return mount;
    }

    /** Writes into {@code mount} until its file system is full. */
    private static void fill(Path mount) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(mount.resolve("filler"))) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
        assertEquals(0, Files.getFileStore(mount).getUsableSpace(), "full");
    }

    private void command(String... command) throws Exception {
        CommandResult result = Installation.run(List.of(command), Map.of("PATH", "/usr/sbin:/usr/bin:/sbin:/bin"), dir);
        assertEquals(0, result.exitCode(), result::describe);
    }
}
