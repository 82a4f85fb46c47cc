package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distributable as a cluster node gets it (issue 7): unpacked from the tar.gz into a
 * read-only directory, run with only a Java runtime (PATH without mvn, an empty HOME). It must
 * hold everything it needs, run a small sweep, write nothing inside itself and keep the worker's
 * class-data sharing archive under the user's cache.
 */
class DistributionIT {

    @TempDir
    Path dir;

    private Installation installation;
    private Path home;

    @BeforeEach
    void unpackReadOnly() throws Exception {
        installation = Installation.unpack(Installation.archive(), Files.createDirectory(dir.resolve("opt")));
        setWritable(installation.home(), false);
        home = Files.createDirectory(dir.resolve("home"));
    }

    @AfterEach
    void makeDeletable() throws Exception {
        setWritable(installation.home(), true);
        Installation.removeLinks(dir);
    }

    @Test
    void archiveHoldsLauncherEveryRuntimeJarAndLicences() throws Exception {
        Path root = installation.home();
        assertEquals(installation.version(), installation.jarVersion(), "directory name and sweep.jar agree");
        for (String file : List.of("bin/sweep", "lib/sweep.jar", "README.md", "LICENSE", "NOTICE", "licenses/DejaVu-Fonts-Licence.txt")) {
            assertTrue(Files.isRegularFile(root.resolve(file)), "missing " + file);
        }
        assertTrue(Files.readString(root.resolve("LICENSE")).contains("Apache License\n                           Version 2.0"));

        // lib/ = sweep.jar + the runtime jars Maven resolved for ./sweep (target/lib), no test jars.
        Set<String> expected = new TreeSet<>(fileNames(Installation.archive().resolveSibling("lib")));
        expected.add("sweep.jar");
        Set<String> lib = fileNames(root.resolve("lib"));
        assertEquals(expected, lib);
        assertFalse(lib.stream().anyMatch(jar -> jar.contains("junit") || jar.contains("opentest4j")), lib.toString());

        Path zip = Installation.archive().resolveSibling("sweep-" + installation.version() + ".zip");
        assertEquals(relativeFiles(installation.home().getParent()), zipFiles(zip), "the .zip holds the same files");
    }

    /** Waits for the engine (issue 3) and the solver (issue 2): until then Main says "not built yet". */
    @Test
    void smallSweepRunsFromReadOnlyInstallationWithoutMaven() throws Exception {
        Map<String, FileStamp> before = snapshot(installation.home());
        Path out = dir.resolve("out");
        CommandResult result = runSweep(home, "--alphas", "1,2", "--mesh", "32", "--procs", "2", "--out", out.toString());

        assertEquals(0, result.exitCode(), result::describe);
        assertEquals(Set.of(), changedPaths(before, snapshot(installation.home())), "written inside the installation");
        assertSweepOutputs(out);
        assertCdsArchivesOnlyUnderTheUserCache();
    }

    /**
     * The launcher's own class-data archive: the first sweep writes it into the user's cache
     * without a word on stdout or stderr, the next run adopts and maps it and prints exactly what
     * the first printed; --version alone never writes one.
     */
    @Test
    void firstSweepWritesTheLaunchersArchiveQuietlyAndTheNextUsesIt() throws Exception {
        Path cache = home.resolve(".cache/sweep");
        assertEquals(0, runSweep(home, "--version").exitCode());
        assertEquals(List.of(), parentArchives(cache), "--version writes no archive");

        CommandResult first = runSweep(home, "--alphas", "1", "--mesh", "8", "--procs", "1", "--quiet",
                "--out", dir.resolve("first").toString());
        assertEquals(0, first.exitCode(), first::describe);
        assertEquals("", first.stderr(), first::describe);
        List<Path> written = parentArchives(cache);
        assertEquals(1, written.size(), written::toString);
        assertTrue(written.get(0).toString().endsWith(".tmp"), "written, not adopted yet: " + written);

        for (String run : List.of("second", "third")) {
            CommandResult next = runSweep(home, "--alphas", "1", "--mesh", "8", "--procs", "1", "--quiet",
                    "--out", dir.resolve(run).toString());
            assertEquals(0, next.exitCode(), next::describe);
            assertEquals(first.stdout().replace("first", run), next.stdout());
            assertEquals("", next.stderr(), next::describe);
            List<Path> archives = parentArchives(cache);
            assertEquals(1, archives.size(), archives::toString);
            assertTrue(archives.get(0).toString().endsWith(".jsa"), "adopted: " + archives);
        }
    }

    /** sweep compare runs each mode through the installation's own launcher, as a user would type it. */
    @Test
    void compareRunsEachModeThroughTheInstalledLauncher() throws Exception {
        Path out = dir.resolve("compare");
        CommandResult result = runSweep(home, "compare", "series", "--n", "20000", "--k", "5", "--procs", "2",
                "--out", out.toString());

        assertEquals(0, result.exitCode(), result::describe);
        Map<?, ?> json = (Map<?, ?>) JSON.std.anyFrom(Files.readString(out.resolve("compare.json")));
        List<?> runs = (List<?>) json.get("runs");
        assertEquals(3, runs.size(), json::toString);
        for (Object run : runs) {
            List<?> command = (List<?>) ((Map<?, ?>) run).get("command");
            assertEquals(installation.launcher().toRealPath().toString(), command.get(0), run::toString);
        }
    }

    private static List<Path> parentArchives(Path cache) throws Exception {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().startsWith("parent-")).sorted().toList();
        }
    }

    /** Waits for the engine: without a writable cache, class-data sharing only costs time. */
    @Test
    void sweepRunsWhenTheCacheCannotBeCreated() throws Exception {
        Path homeIsAFile = Files.writeString(dir.resolve("home-is-a-file"), "no directory can be made under here\n");
        Path out = dir.resolve("out");
        CommandResult result = runSweep(homeIsAFile, "--alphas", "1", "--mesh", "32", "--procs", "1", "--out", out.toString());

        assertEquals(0, result.exitCode(), result::describe);
        assertTrue(Files.isRegularFile(out.resolve("norms.csv")), result::describe);
    }

    /** Waits for the engine's command line: prints the version and the Java it runs on. */
    @Test
    void versionPrintsTheVersionAndTheJava() throws Exception {
        CommandResult result = runSweep(home, "--version");

        assertEquals(0, result.exitCode(), result::describe);
        assertTrue(result.stdout().contains(installation.jarVersion()), result::describe);
        assertTrue(result.stdout().contains(System.getProperty("java.version")), result::describe);
    }

    private CommandResult runSweep(Path userHome, String... args) throws Exception {
        Path tools = dir.resolve("tools");
        if (!Files.isDirectory(tools)) {
            // A node's PATH: java, and the coreutils the launcher uses for its class-data archive.
            Installation.toolsDir(tools, true);
            for (String tool : List.of("cksum", "mkdir", "mv", "rm", "df")) {
                Files.createSymbolicLink(tools.resolve(tool), Installation.systemTool(tool));
            }
        }
        List<String> command = new ArrayList<>(List.of(installation.launcher().toString()));
        command.addAll(List.of(args));
        Path cwd = Files.createDirectories(dir.resolve("cwd"));
        return Installation.run(command, Map.of("PATH", tools.toString(), "HOME", userHome.toString()), cwd,
                Duration.ofSeconds(180));
    }

    private static void assertSweepOutputs(Path out) throws Exception {
        for (String file : List.of("manifest.json", "norms.csv", "sweep.pvd")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), "missing " + file);
        }
        List<String> norms = Files.readAllLines(out.resolve("norms.csv"));
        assertTrue(norms.get(0).startsWith("alpha,l2_dofs,L2,H1_semi,min,max"), norms.get(0));
        assertEquals(3, norms.size(), "a header and one row per alpha: " + norms);
        assertEquals(1.0, Double.parseDouble(norms.get(1).split(",")[0]));
        assertEquals(2.0, Double.parseDouble(norms.get(2).split(",")[0]));

        // The engine keeps each task's files under tasks/<key>/ (sweep.pvd lists them by relative path).
        List<String> vtus = relativeFiles(out).stream().filter(name -> name.endsWith(".vtu")).toList();
        assertEquals(2, vtus.size(), "one .vtu per alpha: " + vtus);
        String pvd = Files.readString(out.resolve("sweep.pvd"));
        vtus.forEach(vtu -> assertTrue(pvd.contains(vtu), "sweep.pvd lists " + vtu));

        List<Map<?, ?>> tasks = new ArrayList<>();
        collectTasks(JSON.std.anyFrom(Files.readString(out.resolve("manifest.json"))), tasks);
        assertEquals(2, tasks.size(), "manifest.json has a record per alpha: " + tasks);
        tasks.forEach(task -> assertEquals("done", task.get("status"), task.toString()));
    }

    /** The manifest's per-task records, wherever they sit: the maps with an alpha and a status. */
    private static void collectTasks(Object node, List<Map<?, ?>> tasks) {
        if (node instanceof Map<?, ?> map) {
            if (map.containsKey("alpha") && map.containsKey("status")) {
                tasks.add(map);
            }
            map.values().forEach(value -> collectTasks(value, tasks));
        } else if (node instanceof Collection<?> list) {
            list.forEach(value -> collectTasks(value, tasks));
        }
    }

    /** A CDS archive is optional; if the engine made one, it is under ~/.cache/sweep/, nowhere else. */
    private void assertCdsArchivesOnlyUnderTheUserCache() throws Exception {
        Path cache = home.resolve(".cache/sweep");
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> misplaced = files.filter(f -> f.getFileName().toString().endsWith(".jsa"))
                    .filter(f -> !f.startsWith(cache)).toList();
            assertEquals(List.of(), misplaced, "CDS archives outside " + cache);
        }
    }

    /** Path, size, time and permissions of every file: as root, read-only bits stop nothing, this does. */
    private static Map<String, FileStamp> snapshot(Path root) throws Exception {
        Map<String, FileStamp> stamps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                stamps.put(root.relativize(file).toString(), new FileStamp(attributes.size(),
                        attributes.lastModifiedTime().toMillis(), Files.getPosixFilePermissions(file).toString()));
            }
        }
        return stamps;
    }

    /** The paths added, removed or changed between two snapshots. */
    private static Set<String> changedPaths(Map<String, FileStamp> before, Map<String, FileStamp> after) {
        Set<String> changed = new TreeSet<>();
        before.forEach((path, stamp) -> {
            if (!stamp.equals(after.get(path))) {
                changed.add(path);
            }
        });
        after.keySet().stream().filter(path -> !before.containsKey(path)).forEach(changed::add);
        return changed;
    }

    private record FileStamp(long size, long modifiedMillis, String permissions) {
    }

    private static void setWritable(Path root, boolean writable) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.toList()) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (writable) {
                    permissions.add(PosixFilePermission.OWNER_WRITE);
                } else {
                    permissions.removeAll(Set.of(PosixFilePermission.OWNER_WRITE,
                            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE));
                }
                Files.setPosixFilePermissions(file, permissions);
            }
        }
    }

    private static Set<String> fileNames(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return new TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
        }
    }

    private static Set<String> relativeFiles(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return new TreeSet<>(files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).toList());
        }
    }

    private static Set<String> zipFiles(Path zip) throws Exception {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            return new TreeSet<>(archive.stream().filter(e -> !e.isDirectory()).map(e -> e.getName()).toList());
        }
    }
}
