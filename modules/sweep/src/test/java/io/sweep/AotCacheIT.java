package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * On a real Java 25 ({@link Installation#java25Home}), the launcher and the workers use AOT
 * caches instead of JDK 17's dynamic archives: the first study records (the parent and one
 * worker), its end creates the workers' cache, the second run creates the launcher's; every run
 * prints exactly what a run on the default Java prints, and the results have the same bits.
 */
class AotCacheIT extends InstalledLauncherTest {
    private static final List<String> STUDY = List.of("--source", "10*exp(-((x-0.5)^2+(y-0.5)^2)/w)",
            "--param", "w=0.01,0.02,0.04", "--mesh", "32", "--procs", "2", "--quiet");

    @Test
    void aFirstRunRecordsTheCachesAreCreatedOnceAndLaterRunsStartWithThemQuietly() throws Exception {
        Path java25 = Installation.java25Home();
        Path cache = dir.resolve("home/.cache/sweep");
        CommandResult reference = sweep(Installation.realJava().getParent().getParent(), "java17",
                Map.of("HOME", dir.resolve("home17").toString()));
        assertEquals(0, reference.exitCode(), reference::describe);

        CommandResult first = sweep(java25, "first", Map.of());
        assertEquals(0, first.exitCode(), first::describe);
        assertEquals(reference.stdout().replace("java17", "first"), first.stdout());
        assertEquals("", first.stderr(), first::describe);
        assertEquals(List.of("parent-*.aotconf", "worker-*-SIZE.aot"), shapes(cache),
                "the parent's record, and the workers' cache made at the end of the run");

        CommandResult second = sweep(java25, "second", Map.of());
        assertEquals(0, second.exitCode(), second::describe);
        assertEquals(reference.stdout().replace("java17", "second"), second.stdout());
        assertEquals("", second.stderr(), second::describe);
        assertEquals(List.of("parent-*-SIZE.aot", "worker-*-SIZE.aot"), shapes(cache), "the record became a cache");

        CommandResult third = sweep(java25, "third", Map.of("SWEEP_TRACE", "1"));
        assertEquals(0, third.exitCode(), third::describe);
        String parentCache = only(cache, "parent-"), workerCache = only(cache, "worker-");
        assertTrue(commandLine(third.stderr(), "parent").contains("-XX:AOTCache=" + parentCache), third::describe);
        String workersLog = Files.readString(dir.resolve("third/workers.log"));
        assertTrue(commandLine(workersLog, "worker").contains("-XX:AOTCache=" + workerCache), workersLog);
        for (String run : List.of("first", "second", "third")) {
            assertEquals(Files.readString(dir.resolve("java17/norms.csv")).replaceAll(",[0-9.]+,done", ",done"),
                    Files.readString(dir.resolve(run + "/norms.csv")).replaceAll(",[0-9.]+,done", ",done"),
                    "the same norms, bit for bit (compute_s aside), from " + run);
            for (String w : List.of("w=0.01", "w=0.02", "w=0.04")) {
                assertEquals(-1L, Files.mismatch(dir.resolve("java17/tasks/" + w + "/u.vtu"),
                        dir.resolve(run + "/tasks/" + w + "/u.vtu")), run + " " + w);
            }
        }
    }

    private CommandResult sweep(Path javaHome, String out, Map<String, String> more) throws Exception {
        List<String> command = new ArrayList<>(List.of(installation.launcher().toString()));
        command.addAll(STUDY);
        command.addAll(List.of("--out", dir.resolve(out).toString()));
        Map<String, String> env = new HashMap<>(Map.of("PATH", "/usr/bin:/bin", "JAVA_HOME", javaHome.toString(),
                "HOME", dir.resolve("home").toString()));
        env.putAll(more);
        return Installation.run(command, env, dir, Duration.ofSeconds(180));
    }

    /** The cache's file names with the key as * and a size as SIZE, sorted. */
    private static List<String> shapes(Path cache) throws Exception {
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(f -> f.getFileName().toString().replaceAll("^(parent|worker)-[0-9a-f]+", "$1-*")
                    .replaceAll("^(parent|worker)-\\*\\.[0-9]+\\.", "$1-*.").replaceAll("-[0-9]+\\.aot$", "-SIZE.aot"))
                    .sorted().toList();
        }
    }

    private static String only(Path cache, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(cache)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
            assertEquals(1, found.size(), found::toString);
            return found.get(0).toString();
        }
    }

    /** The command line a SWEEP_TRACE=1 process printed for itself ("trace command of WHO:"). */
    private static String commandLine(String trace, String who) {
        return trace.lines().filter(l -> l.contains("trace command of " + who + ":")).findFirst()
                .orElseThrow(() -> new AssertionError("no command line of the " + who + " in " + trace));
    }
}
