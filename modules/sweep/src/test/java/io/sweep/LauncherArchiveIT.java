package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * bin/sweep's class-data archive for its own JVM, with a stand-in java that behaves as JDK 17
 * does here: it writes the file named by -XX:ArchiveClassesAtExit as it exits, and a check run
 * (-Xshare:on) succeeds or fails on demand. DistributionIT runs the same path with a real JVM.
 * (The launcher always exec's the JVM, so signals and exit codes need no test of their own here.)
 */
class LauncherArchiveIT extends InstalledLauncherTest {
    @Test
    void aRunWritesTheArchiveTheNextAdoptsItAfterACheckAndMapsIt() throws Exception {
        Path bin = fakeJava(0, 0);
        CommandResult first = launch(bin, Map.of(), "--alphas", "1");

        assertEquals(0, first.exitCode(), first::describe);
        String dump = option(first, "-XX:ArchiveClassesAtExit=");
        assertTrue(dump.matches(java.util.regex.Pattern.quote(cache() + "/parent-") + "[0-9]+\\.[0-9]+\\.tmp"), dump);
        assertTrue(first.stdout().lines().anyMatch("-Xlog:cds*=off"::equals), "dumping is quiet: " + first.stdout());
        assertEquals(List.of(Path.of(dump)), cacheFiles(), "only the temporary archive so far");

        CommandResult second = launch(bin, Map.of(), "--alphas", "1");
        // Named with its size: the stand-in wrote "archive\n".
        Path archive = Path.of(dump.replaceAll("\\.[0-9]+\\.tmp$", "-8.jsa"));
        assertMapsOnly(second, "-XX:SharedArchiveFile=", archive, "ArchiveClassesAtExit");
        assertMapsOnly(launch(bin, Map.of(), "--alphas", "1"), "-XX:SharedArchiveFile=", archive,
                "ArchiveClassesAtExit");
        assertEquals(List.of("-version", "run", "-version", "check", "run", "-version", "run"), calls(bin),
                "checked once, before it is adopted");
    }

    @Test
    void anArchiveThatFailsItsCheckIsDroppedAndWrittenAgain() throws Exception {
        Path bin = fakeJava(3, 1);
        CommandResult first = launch(bin, Map.of(), "--alphas", "1");
        assertEquals(3, first.exitCode(), "the exit status is the JVM's: " + first.describe());
        String dump = option(first, "-XX:ArchiveClassesAtExit=");

        CommandResult second = launch(bin, Map.of(), "--alphas", "1");
        assertEquals(List.of("-version", "run", "-version", "check", "run"), calls(bin));
        assertFalse(second.stdout().contains("SharedArchiveFile"), second::describe);
        String again = option(second, "-XX:ArchiveClassesAtExit=");
        assertEquals(List.of(Path.of(again)), cacheFiles(), "the failed one is gone, with its crash report");
        assertFalse(dump.equals(again), "written by another JVM, under its own pid");
    }

    /**
     * On Java 25 the first run records (quietly: its exit line on stdout is switched off), the
     * next creates the AOT cache from that record once the recording JVM is gone, names it with
     * its size and starts with it, as every later run does.
     */
    @Test
    void onJava25ARunRecordsTheNextCreatesTheAotCacheAndStartsWithIt() throws Exception {
        Path bin = java25(0, 0);
        CommandResult first = launch(bin, Map.of(), "--alphas", "1");

        assertEquals(0, first.exitCode(), first::describe);
        assertEquals("record", option(first, "-XX:AOTMode="));
        String record = option(first, "-XX:AOTConfiguration=");
        assertTrue(record.matches(java.util.regex.Pattern.quote(cache() + "/parent-") + "[0-9]+\\.[0-9]+\\.aotconf"),
                record);
        for (String quiet : List.of("-Xlog:cds*=off", "-Xlog:aot*=off", "-XX:-DisplayVMOutput")) {
            assertTrue(first.stdout().lines().anyMatch(quiet::equals), quiet + ": " + first.stdout());
        }
        assertFalse(first.stdout().contains("ArchiveClassesAtExit"), first::describe);
        assertEquals(List.of(Path.of(record)), cacheFiles());

        assertEquals(0, launch(bin, Map.of(), "--version").exitCode());
        assertEquals(List.of(Path.of(record)), cacheFiles(), "--version does not wait for the cache's creation");

        CommandResult second = launch(bin, Map.of(), "--alphas", "1");
        // Named with its size: the stand-in wrote "cache\n".
        Path aot = Path.of(record.replaceAll("\\.[0-9]+\\.aotconf$", "-6.aot"));
        assertMapsOnly(second, "-XX:AOTCache=", aot, "AOTMode");
        assertMapsOnly(launch(bin, Map.of(), "--alphas", "1"), "-XX:AOTCache=", aot, "AOTMode");
        assertEquals(List.of("-version", "run", "-version", "run", "-version", "create", "run", "-version", "run"),
                calls(bin), "created once, from the record");
    }

    /** A record the creation refuses (a JVM killed while writing it) is dropped, and the run records again. */
    @Test
    void onJava25ARecordThatFailsToMakeACacheIsDroppedAndRecordedAgain() throws Exception {
        Path bin = java25(0, 1);
        String record = option(launch(bin, Map.of(), "--alphas", "1"), "-XX:AOTConfiguration=");

        CommandResult second = launch(bin, Map.of(), "--alphas", "1");
        assertEquals(0, second.exitCode(), second::describe);
        assertFalse(second.stdout().contains("-XX:AOTCache="), second::describe);
        String again = option(second, "-XX:AOTConfiguration=");
        assertFalse(record.equals(again), "recorded by another JVM, under its own pid");
        assertEquals(List.of(Path.of(again)), cacheFiles(), "the failed record is gone, and no cache was made");
        assertEquals(List.of("-version", "run", "-version", "create", "run"), calls(bin));
    }

    /** A temporary archive whose JVM still runs (this test's own pid stands for it) is left alone. */
    @Test
    void anArchiveStillBeingWrittenIsNotTouched() throws Exception {
        Path bin = fakeJava(0, 0);
        launch(bin, Map.of(), "--alphas", "1");
        Path written = cacheFiles().get(0);
        Path stillWriting = written.resolveSibling(written.getFileName().toString()
                .replaceAll("\\.[0-9]+\\.tmp$", "." + ProcessHandle.current().pid() + ".tmp"));
        Files.move(written, stillWriting);

        CommandResult result = launch(bin, Map.of(), "--alphas", "1");
        assertTrue(Files.isRegularFile(stillWriting), "still there");
        assertFalse(result.stdout().contains("SharedArchiveFile"), result::describe);
        assertFalse(calls(bin).contains("check"), calls(bin)::toString);
    }

    /** An archive whose size is not the one its name records (truncated) is deleted, never mapped. */
    @Test
    void anArchiveOfAnotherSizeThanItsNameIsDeletedAndWrittenAgain() throws Exception {
        Path bin = fakeJava(0, 0);
        launch(bin, Map.of(), "--alphas", "1");
        launch(bin, Map.of(), "--alphas", "1");
        Path archive = cacheFiles().get(0);
        assertTrue(archive.toString().endsWith("-8.jsa"), archive::toString);
        Files.writeString(archive, "arch");

        CommandResult result = launch(bin, Map.of(), "--alphas", "1");
        assertEquals(0, result.exitCode(), result::describe);
        assertFalse(result.stdout().contains("SharedArchiveFile"), result::describe);
        String again = option(result, "-XX:ArchiveClassesAtExit=");
        assertEquals(List.of(Path.of(again)), cacheFiles(), "the truncated one is gone");
    }

    /** A cache without room for a dump (df says so): no dump, whose failure would end the JVM with status 1. */
    @Test
    void aCacheWithoutRoomGetsNoDump() throws Exception {
        Path bin = fakeJava(0, 0);
        env(bin, Map.of());
        Path df = dir.resolve("tools/df");
        Files.delete(df);
        Files.writeString(df, "#!/bin/sh\necho 'Filesystem 1024-blocks Used Available Capacity Mounted on'\n"
                + "echo 'tmpfs 256 236 20 93% /x'\n");
        Files.setPosixFilePermissions(df, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        CommandResult result = launch(bin, Map.of(), "--alphas", "1");
        assertEquals(0, result.exitCode(), result::describe);
        assertFalse(result.stdout().contains("Archive"), result::describe);
        assertEquals(List.of(), cacheFiles());
    }

    @Test
    void helpVersionAndCdsOffWriteNoArchive() throws Exception {
        Path bin = fakeJava(0, 0);
        for (List<String> args : List.of(List.of("--version"), List.of("-h"), List.of("compare", "--help"))) {
            CommandResult result = launch(bin, Map.of(), args.toArray(String[]::new));
            assertEquals(0, result.exitCode(), result::describe);
            assertFalse(result.stdout().contains("-XX:ArchiveClassesAtExit"), result::describe);
        }
        CommandResult off = launch(bin, Map.of("SWEEP_CDS", "off"), "--alphas", "1");
        assertFalse(off.stdout().contains("Archive"), off::describe);
        assertEquals(List.of(), cacheFiles());
    }

    /** Sharing options of the user's own: no archive of ours beside them (the JVM would refuse some pairs). */
    @Test
    void theUsersOwnSharingOptionsLeaveNoArchiveOfOurs() throws Exception {
        for (boolean java25 : List.of(false, true)) {
            Path bin = java25 ? java25(0, 0) : fakeJava(0, 0);
            for (Map<String, String> own : List.of(Map.of("JAVA_OPTS", "-Xmx1g -Xshare:off"),
                    Map.of("SWEEP_JAVA_OPTS", "-XX:SharedArchiveFile=/elsewhere.jsa"),
                    Map.of("JAVA_OPTS", "-XX:AOTCache=/elsewhere.aot"))) {
                CommandResult result = launch(bin, own, "--alphas", "1");
                assertEquals(0, result.exitCode(), result::describe);
                assertFalse(result.stdout().contains("ArchiveClassesAtExit") || result.stdout().contains("AOTMode"),
                        result::describe);
                assertFalse(result.stdout().contains("-Xlog:cds*=off"), result::describe);
            }
        }
        assertEquals(List.of(), cacheFiles());
    }

    private Path cache() {
        return dir.resolve("home/.cache/sweep");
    }

    private List<Path> cacheFiles() throws Exception {
        if (!Files.isDirectory(cache())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache())) {
            return files.sorted().toList();
        }
    }

    /** Without cksum, mkdir, mv or rm on PATH (a minimal node) the launcher runs as usual, only without an archive. */
    @Test
    void withoutTheToolsItNeedsTheLauncherRunsWithoutAnArchive() throws Exception {
        Path bin = fakeJava(0, 0);
        Map<String, String> env = new HashMap<>(env(bin, Map.of()));
        env.put("PATH", bin + ":" + Installation.toolsDir(dir.resolve("minimal"), false));
        CommandResult result = Installation.run(List.of(Installation.dash().toString(),
                installation.launcher().toString(), "--alphas", "1"), env, dir);

        assertEquals(0, result.exitCode(), result::describe);
        assertEquals("", result.stderr(), result::describe);
        assertFalse(result.stdout().contains("Archive"), result::describe);
        assertEquals(List.of("-version", "run"), calls(bin));
    }

    /** PATH: the stand-in java, then the minimal tools plus what writing an archive takes. */
    private Map<String, String> env(Path bin, Map<String, String> more) throws Exception {
        Path tools = dir.resolve("tools");
        if (!Files.isDirectory(tools)) {
            Installation.toolsDir(tools, false);
            for (String tool : List.of("cksum", "mkdir", "mv", "rm", "sleep", "df")) {
                Files.createSymbolicLink(tools.resolve(tool), Installation.systemTool(tool));
            }
        }
        Map<String, String> env = new HashMap<>(Map.of("PATH", bin + ":" + tools, "HOME", dir.resolve("home").toString()));
        env.putAll(more);
        return env;
    }

    private CommandResult launch(Path bin, Map<String, String> more, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Installation.dash().toString(), installation.launcher().toString()));
        command.addAll(List.of(args));
        return Installation.run(command, env(bin, more), dir);
    }

    /** The run mapped {@code published} (given as {@code option}), dumped nothing, and it is the cache's only file. */
    private void assertMapsOnly(CommandResult run, String option, Path published, String dumpOption) throws Exception {
        assertEquals(0, run.exitCode(), run::describe);
        assertEquals(published.toString(), option(run, option));
        assertFalse(run.stdout().contains(dumpOption), run::describe);
        assertEquals(List.of(published), cacheFiles(), "the temporary file is gone");
    }

    /** The value of the first argument the JVM got that starts with {@code prefix}. */
    private static String option(CommandResult result, String prefix) {
        return result.stdout().lines().filter(line -> line.startsWith(prefix)).findFirst()
                .map(line -> line.substring(prefix.length())).orElseThrow(() -> new AssertionError(
                        "no " + prefix + " in " + result.describe()));
    }

    private Path fakeJava(int status, int check) throws Exception {
        return FakeJava.install(dir.resolve("bin"), "openjdk version \"17.0.2\" 2022-01-18", status, check);
    }

    private Path java25(int status, int create) throws Exception {
        return FakeJava.install(dir.resolve("bin"), "openjdk version \"25.0.1\" 2025-10-21 LTS", status, create);
    }

    private static List<String> calls(Path bin) throws Exception {
        return FakeJava.calls(bin);
    }
}
