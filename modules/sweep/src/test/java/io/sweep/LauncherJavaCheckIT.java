package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The distributable's bin/sweep, run with dash, against fake {@code java} scripts: how it finds
 * java (JAVA_HOME, then PATH), how it reads the version (the JDK's release file, else
 * {@code java -version} banners of every vendor), the one-line refusals, and the exact command
 * it hands over to (lib/* class path, JAVA_OPTS, SWEEP_JAVA_OPTS, arguments untouched).
 */
class LauncherJavaCheckIT extends InstalledLauncherTest {

    private static final String MAIN = "io.sweep.cli.Main";

    @ParameterizedTest
    @ValueSource(strings = {
        "openjdk version \"11.0.2\" 2019-01-15\nOpenJDK Runtime Environment 18.9 (build 11.0.2+9)\n"
                + "OpenJDK 64-Bit Server VM 18.9 (build 11.0.2+9, mixed mode)|11.0.2",
        "java version \"1.8.0_392\"\nJava(TM) SE Runtime Environment (build 1.8.0_392-b08)\n"
                + "Java HotSpot(TM) 64-Bit Server VM (build 25.392-b08, mixed mode)|1.8.0_392",
        "java version \"1.8.0_361\"\nJava(TM) SE Runtime Environment (build 8.0.8.0 - pxa6480sr8-20230314_01(SR8))\n"
                + "IBM J9 VM (build 2.9, JRE 1.8.0 Linux amd64-64-Bit Compressed References)|1.8.0_361",
        "openjdk version \"11.0.21\" 2023-10-17\nOpenJDK Runtime Environment Temurin-11.0.21+9 (build 11.0.21+9)|11.0.21",
        "Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8\nopenjdk version \"16.0.2\" 2021-07-20|16.0.2",
    })
    void javaOlderThan17IsRefusedWithOneLineAndExit1(String bannerAndVersion) throws Exception {
        String[] parts = bannerAndVersion.split("\\|");
        Path bin = fakeJava(dir.resolve("old"), parts[0]);
        CommandResult result = launch(Map.of("PATH", bin + ":" + tools()), "--alphas", "1");

        assertEquals(1, result.exitCode(), result::describe);
        assertEquals(1, result.stderrLines().size(), result::describe);
        String line = result.stderrLines().get(0);
        assertTrue(line.startsWith("sweep: ") && line.contains("Java 17 or newer") && line.contains(parts[1])
                && line.contains("JAVA_HOME"), line);
        assertEquals("", result.stdout());
        assertEquals(List.of("-version"), calls(bin), "only asked for its version, never run");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "openjdk version \"17\" 2021-09-14",
        "openjdk version \"21-ea\" 2023-03-21\nOpenJDK Runtime Environment (build 21-ea+14-1163)",
        "openjdk version \"21.0.2\" 2024-01-16 LTS\nOpenJDK Runtime Environment Temurin-21.0.2+13 (build 21.0.2+13-LTS)",
        "java version \"25\" 2025-09-16 LTS\nJava(TM) SE Runtime Environment (build 25+37-LTS-3491)",
        "Picked up _JAVA_OPTIONS: -Xss2m\nopenjdk version \"17.0.9\" 2023-10-17",
    })
    void java17OrNewerRunsMainWithTheLibClassPathThroughSymlinks(String banner) throws Exception {
        Path bin = fakeJava(dir.resolve("new"), banner);
        // ~/bin/sweep -> links/b -> ../sweep-<v>/bin/sweep: both relative, as users make them.
        Path links = Files.createDirectories(dir.resolve("links"));
        Files.createSymbolicLink(links.resolve("b"), links.relativize(installation.launcher()));
        Files.createSymbolicLink(links.resolve("a"), Path.of("b"));
        Map<String, String> env = Map.of("PATH", bin + ":" + tools(),
                "JAVA_OPTS", "-Xmx64m -Dfrom=java_opts", "SWEEP_JAVA_OPTS", "-Dfrom=sweep_java_opts");
        CommandResult result = Installation.run(
                List.of(Installation.dash().toString(), links.resolve("a").toString(), "--alphas", "1,2", "two words"),
                env, dir);

        assertEquals(0, result.exitCode(), result::describe);
        assertEquals("", result.stderr());
        String lib = installation.home().toRealPath().resolve("lib") + "/*";
        assertEquals(List.of("-Djava.awt.headless=true", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx64m",
                "-Dfrom=java_opts", "-Dfrom=sweep_java_opts",
                "-Dsweep.launcher=" + installation.home().toRealPath().resolve("bin/sweep"),
                "-cp", lib, MAIN, "--alphas", "1,2", "two words"),
                result.stdout().lines().toList());
    }

    /** Tasks computed in this JVM keep C2; a "threads" after "--" is an argument, not a mode. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--mode threads                | false",
            "--mode=sequential             | false",
            "bench solver                  | false",
            "--mode processes              | true",
            "--alphas 1 -- threads         | true",
            "compare series --procs 2      | true"})
    void onlyCommandsThatComputeInTheLauncherJvmKeepC2(String args, boolean c1Only) throws Exception {
        Path bin = fakeJava(dir.resolve("new"), "openjdk version \"17.0.2\" 2022-01-18");
        CommandResult result = launch(Map.of("PATH", bin + ":" + tools()), args.split(" "));

        assertEquals(0, result.exitCode(), result::describe);
        List<String> jvmArgs = result.stdout().lines().takeWhile(line -> !line.equals(MAIN)).toList();
        assertTrue(jvmArgs.contains("-XX:+UseSerialGC"), result::describe);
        assertEquals(c1Only, jvmArgs.contains("-XX:TieredStopAtLevel=1"), result::describe);
    }

    @Test
    void missingJavaIsReportedWithOneLineAndExit1() throws Exception {
        CommandResult result = launch(Map.of("PATH", tools().toString()), "--version");

        assertEquals(1, result.exitCode(), result::describe);
        assertEquals(1, result.stderrLines().size(), result::describe);
        String line = result.stderrLines().get(0);
        assertTrue(line.startsWith("sweep: no java found") && line.contains("JAVA_HOME") && line.contains("17"), line);
    }

    @Test
    void javaHomeWithoutJavaIsReportedEvenWithJavaOnPath() throws Exception {
        Path emptyHome = Files.createDirectories(dir.resolve("not-a-jdk"));
        Path bin = fakeJava(dir.resolve("new"), "openjdk version \"17.0.2\" 2022-01-18");
        CommandResult result = launch(Map.of("PATH", bin + ":" + tools(), "JAVA_HOME", emptyHome.toString()));

        assertEquals(1, result.exitCode(), result::describe);
        assertEquals(1, result.stderrLines().size(), result::describe);
        assertTrue(result.stderrLines().get(0).contains(emptyHome + "/bin/java"), result::describe);
        assertTrue(calls(bin).isEmpty(), "the java on PATH is not used when JAVA_HOME is set");
    }

    @Test
    void javaHomeWinsOverPath() throws Exception {
        Path jdk = dir.resolve("jdk17");
        Path homeBin = fakeJava(jdk.resolve("bin"), "openjdk version \"17.0.2\" 2022-01-18");
        Path pathBin = fakeJava(dir.resolve("old"), "openjdk version \"11.0.2\" 2019-01-15");
        CommandResult result = launch(Map.of("PATH", pathBin + ":" + tools(), "JAVA_HOME", jdk.toString()), "x");

        assertEquals(0, result.exitCode(), result::describe);
        assertTrue(result.stdout().lines().toList().contains(MAIN), result::describe);
        assertEquals(List.of("-version", "run"), calls(homeBin));
        assertTrue(calls(pathBin).isEmpty());
    }

    /** A JDK's release file gives the version without starting a JVM (~0.1 s saved per run). */
    @Test
    void releaseFileVersionIsReadWithoutStartingJava() throws Exception {
        Path oldJdk = dir.resolve("jdk11");
        Path oldBin = fakeJava(oldJdk.resolve("bin"), "openjdk version \"17.0.2\" 2022-01-18");
        Files.writeString(oldJdk.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"11.0.22\"\n");
        CommandResult refused = launch(Map.of("PATH", tools().toString(), "JAVA_HOME", oldJdk.toString()));
        assertEquals(1, refused.exitCode(), refused::describe);
        assertTrue(refused.stderr().contains("Java 11.0.22"), refused::describe);
        assertTrue(calls(oldBin).isEmpty(), "java was not started");

        Path newJdk = dir.resolve("jdk21");
        Path newBin = fakeJava(newJdk.resolve("bin"), "no banner: the release file must suffice");
        Files.writeString(newJdk.resolve("release"), "JAVA_VERSION=\"21.0.5\"\nOS_NAME=\"Linux\"\n");
        CommandResult accepted = launch(Map.of("PATH", tools().toString(), "JAVA_HOME", newJdk.toString()));
        assertEquals(0, accepted.exitCode(), accepted::describe);
        assertEquals(List.of("run"), calls(newBin), "started once, to run sweep");
    }

    @Test
    void launcherIsPlainPosixShell() throws Exception {
        String script = Files.readString(installation.launcher());
        assertTrue(script.startsWith("#!/bin/sh\n"), "a /bin/sh script");
        assertTrue(Files.isExecutable(installation.launcher()), "bin/sweep is executable after tar -x");
        for (String bashism : List.of("[[", "function ", "local ", "$'", "<<<", "pushd")) {
            assertFalse(script.contains(bashism), "not POSIX sh: " + bashism);
        }
    }

    private CommandResult launch(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Installation.dash().toString(), installation.launcher().toString()));
        command.addAll(List.of(args));
        return Installation.run(command, env, dir);
    }

    private Path tools() throws Exception {
        Path tools = dir.resolve("tools");
        return Files.isDirectory(tools) ? tools : Installation.toolsDir(tools, false);
    }

    private static Path fakeJava(Path bin, String banner) throws Exception {
        return FakeJava.install(bin, banner, 0, 0);
    }

    private static List<String> calls(Path bin) throws Exception {
        return FakeJava.calls(bin);
    }
}
