package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of invalid input, through the real launcher: exit 2, exactly one stderr line, nothing written. */
class BadInputIT {
    @TempDir
    Path dir;

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("empty alphas", List.of("--alphas", "")),
                Arguments.of("empty item", List.of("--alphas", "1,,2")),
                Arguments.of("malformed alpha", List.of("--alphas", "0.1,abc")),
                Arguments.of("NaN alpha", List.of("--alphas", "nan")),
                Arguments.of("infinite alpha", List.of("--alphas", "inf")),
                Arguments.of("overflowing alpha", List.of("--alphas", "1e999")),
                Arguments.of("range with count 0", List.of("--alphas", "0:1:0")),
                Arguments.of("log range with count 0", List.of("--alphas", "log:0.1:100:0")),
                Arguments.of("malformed range", List.of("--alphas", "1:2")),
                Arguments.of("procs 0", List.of("--procs", "0")),
                Arguments.of("negative procs", List.of("--procs", "-2")),
                Arguments.of("unknown option", List.of("--frobnicate")),
                Arguments.of("unknown workload", List.of("--workload", "nope")),
                Arguments.of("bad timeout", List.of("--timeout", "10")),
                Arguments.of("bad mode", List.of("--mode", "fork")),
                Arguments.of("bad mesh", List.of("--mesh", "0")),
                Arguments.of("bad encoding", List.of("--vtu-encoding", "gzip")),
                Arguments.of("bad field images", List.of("--field-images", "some")),
                Arguments.of("negative retries", List.of("--retries", "-1")),
                Arguments.of("missing config", List.of("--config", "absent.properties")),
                Arguments.of("output under a file", List.of("--out", "a-file/sweep")),
                Arguments.of("output that is a file", List.of("--out", "a-file")),
                Arguments.of("output in /proc", List.of("--out", "/proc/sweep-out")),
                Arguments.of("syntax error in the source", List.of("--source", "x+*y")),
                Arguments.of("unknown function", List.of("--flux", "sinh(x)")),
                Arguments.of("parameter without a value", List.of("--source", "exp(-x/w)")),
                Arguments.of("parameter used nowhere", List.of("--param", "k=1,2")),
                Arguments.of("reserved parameter name", List.of("--param", "pi=1")),
                Arguments.of("empty parameter values", List.of("--source", "w*x", "--param", "w=")),
                Arguments.of("zip of different lengths", List.of("--source", "a*exp(-x/w)", "--param", "a=1,2",
                        "--param", "w=1,2,3", "--design", "zip")),
                Arguments.of("no Dirichlet side", List.of("--dirichlet-on", "")),
                Arguments.of("unknown side", List.of("--dirichlet-on", "left,middle")),
                Arguments.of("degenerate domain", List.of("--domain", "0,0,0,1")),
                Arguments.of("mesh NXxNY malformed", List.of("--mesh", "32x")),
                Arguments.of("not finite at a node", List.of("--source", "1/x", "--mesh", "8")),
                Arguments.of("not finite for a value", List.of("--source", "exp(-x/w)", "--param", "w=1,0",
                        "--mesh", "8")),
                Arguments.of("unknown time parameter", List.of("--time-param", "w")),
                Arguments.of("syntax error in the exact solution", List.of("--mesh", "8,16", "--exact", "sin(pi*x")),
                Arguments.of("exact solution with an unknown name", List.of("--mesh", "8,16", "--exact", "q*x")),
                Arguments.of("meshes that do not nest", List.of("--mesh", "24,64")),
                Arguments.of("one mesh against the finest", List.of("--param", "mesh=64")),
                Arguments.of("log2 range that misses its end", List.of("--mesh", "log2:8:1000")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void exitsTwoWithOneLineAndWritesNothing(String what, List<String> args) throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));
        Files.writeString(work.resolve("a-file"), "not a directory");
        List<String> all = new ArrayList<>(args);
        if (!args.contains("--out")) {
            all.addAll(List.of("--out", "out"));
        }
        CommandResult result = new SweepLauncher(work).run(all.toArray(String[]::new));
        assertEquals(2, result.exitCode(), result::describe);
        assertEquals(1, result.stderrLines().size(), result::describe);
        assertTrue(result.stderr().startsWith("sweep: "), result::describe);
        assertEquals("", result.stdout());
        try (Stream<Path> files = Files.list(work)) {
            assertEquals(List.of("a-file", "launcher.err", "launcher.out"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "nothing created");
        }
        assertEquals("not a directory", Files.readString(work.resolve("a-file")));
    }
}
