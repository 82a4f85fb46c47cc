package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Studies through the real launcher: user-defined problems against DOLFIN, grids equal to
 * one-point runs bit for bit, zip, resume of added points, the table's columns, every slice's
 * collection in ParaView, and a study from a --config file.
 */
class StudiesIT {
    @TempDir
    Path dir;

    /**
     * DOLFIN 2019.2 (dolfin_general.py): the two cases of shared/reference/README.md and one of
     * our own (u_D a function on bottom,top of a 2x1 rectangle), as l2_dofs, L2, H1_semi, min, max.
     */
    static Stream<Arguments> dolfinCases() {
        return Stream.of(
                Arguments.of(List.of("--mesh", "64", "--source", "20*exp(-((x-0.5)^2+(y-0.5)^2)/0.03)",
                        "--flux", "sin(7*x)"),
                        new double[] {15.8492232861, 0.246457433823, 0.940860234655, 0, 0.516044371754}),
                Arguments.of(List.of("--mesh", "32x48", "--domain=-1,0,1,3", "--dirichlet-on", "left,top",
                        "--source", "20*exp(-(x^2+(y-1)^2)/0.1)", "--flux", "cos(3*y)", "--dirichlet", "0.5*x"),
                        new double[] {67.7150764115, 4.12209993709, 4.93357028625, -0.5, 3.70460731922}),
                // /usr/bin/python3 dolfin_general.py --mesh 40x20 --domain 0,0,2,1 --sides bottom,top
                //     --source "5*sin(3*x[0])*x[1]" --flux "x[1]" --dirichlet "1+0.25*x[0]*x[0]"
                Arguments.of(List.of("--mesh", "40x20", "--domain", "0,0,2,1", "--dirichlet-on", "bottom,top",
                        "--source", "5*sin(3*x)*y", "--flux", "y", "--dirichlet", "1+0.25*x^2"),
                        new double[] {40.7915836302, 1.96110564684, 0.985225024917, 1, 2}));
    }

    @ParameterizedTest
    @MethodSource("dolfinCases")
    void aUserDefinedProblemMatchesDolfin(List<String> args, double[] dolfin) throws Exception {
        Path out = dir.resolve("out");
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--procs", "1", "--out", out.toString()));
        CommandResult result = new SweepLauncher(dir).run(all.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result::describe);
        List<String> csv = Files.readAllLines(out.resolve("norms.csv"));
        assertEquals("l2_dofs,L2,H1_semi,min,max,iterations,compute_s,status", csv.get(0));
        String[] row = csv.get(1).split(",");
        assertEquals(dolfin[0], Double.parseDouble(row[0]), 1e-8 * dolfin[0], "l2_dofs");
        for (int i = 1; i < 5; i++) {
            assertEquals(dolfin[i], Double.parseDouble(row[i]), 1e-7 * Math.max(1, Math.abs(dolfin[i])), csv.get(0));
        }
        assertTrue(Files.isRegularFile(out.resolve("tasks/solution/u.vtu")));
        assertTrue(Files.isRegularFile(out.resolve("sweep.pvd")));
    }

    private static final String SOURCE = "a*exp(-((x-0.5)^2+(y-0.5)^2)/w)";

    @Test
    void aGridIsItsPointsRunOneByOneBitForBit() throws Exception {
        Path grid = dir.resolve("grid");
        CommandResult result = run(grid, "--source", SOURCE, "--param", "a=1,10", "--param", "w=0.01,0.04",
                "--mesh", "24", "--procs", "2");
        assertEquals(0, result.exitCode(), result::describe);
        List<String> rows = Files.readAllLines(grid.resolve("norms.csv"));
        assertEquals("a,w,l2_dofs,L2,H1_semi,min,max,iterations,compute_s,status", rows.get(0));
        assertEquals(5, rows.size());
        for (String a : List.of("1", "10")) {
            for (String w : List.of("0.01", "0.04")) {
                Path one = dir.resolve("one-" + a + "-" + w);
                assertEquals(0, run(one, "--source", SOURCE, "--param", "a=" + a, "--param", "w=" + w,
                        "--mesh", "24", "--procs", "1").exitCode());
                String key = "a=" + a + ",w=" + w;
                assertTrue(Arrays.equals(Files.readAllBytes(grid.resolve("tasks/" + key + "/u.vtu")),
                        Files.readAllBytes(one.resolve("tasks/" + key + "/u.vtu"))), key + ": the same .vtu bytes");
                String single = norms(Files.readAllLines(one.resolve("norms.csv")).get(1));
                assertTrue(rows.stream().map(StudiesIT::norms).anyMatch(single::equals), key + " " + single);
            }
        }
        for (String pvd : List.of("sweep-w=0.01.pvd", "sweep-w=0.04.pvd")) {
            assertTrue(Files.isRegularFile(grid.resolve(pvd)), pvd);
        }
        assertTrue(Files.isRegularFile(grid.resolve("fields/a=10,w=0.04.png")));
        ParaView.check(grid, List.of("sweep-w=0.01.pvd", "sweep-w=0.04.pvd"), "a", "1,10", 625, 1152);
    }

    @Test
    void aSuperposedParameterGivesTheSameRowsWhateverProcsOrMode() throws Exception {
        List<List<String>> tables = new ArrayList<>();
        for (String[] how : List.of(new String[] {"--procs", "1"}, new String[] {"--procs", "3"},
                new String[] {"--procs", "2", "--mode", "threads"})) {
            Path out = dir.resolve("superposed-" + String.join("", how));
            List<String> args = new ArrayList<>(List.of("--source", "k*sin(pi*x)*exp(-y)", "--param", "k=-1:2:5",
                    "--mesh", "32"));
            args.addAll(List.of(how));
            CommandResult result = run(out, args.toArray(String[]::new));
            assertEquals(0, result.exitCode(), result::describe);
            assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"superposed\""), "k is superposed");
            List<String> rows = new ArrayList<>();
            for (String row : Files.readAllLines(out.resolve("norms.csv"))) {
                String[] cells = row.split(",");
                rows.add(String.join(",", Arrays.copyOfRange(cells, 0, 7)) + "," + cells[8]);
            }
            tables.add(rows);
        }
        assertEquals(6, tables.get(0).size());
        assertEquals(tables.get(0), tables.get(1));
        assertEquals(tables.get(0), tables.get(2));
    }

    /** The parameters and norms of a row, without its timing. */
    private static String norms(String row) {
        return String.join(",", Arrays.copyOfRange(row.split(","), 0, 7));
    }

    @Test
    void zipTakesTheValuesTogetherAndTheMeshIsAParameter() throws Exception {
        Path out = dir.resolve("zip");
        CommandResult result = run(out, "--source", SOURCE, "--param", "a=1,2,3", "--param", "w=0.01,0.02,0.03",
                "--design", "zip", "--mesh", "8,16,32", "--procs", "2");
        assertEquals(0, result.exitCode(), result::describe);
        List<String> rows = Files.readAllLines(out.resolve("norms.csv"));
        assertEquals("a,w,mesh,l2_dofs,L2,H1_semi,min,max,iterations,compute_s,status", rows.get(0));
        assertEquals(List.of("1.0,0.01,8", "2.0,0.02,16", "3.0,0.03,32"),
                rows.subList(1, 4).stream().map(r -> String.join(",", Arrays.copyOfRange(r.split(","), 0, 3))).toList());
        assertTrue(Files.isRegularFile(out.resolve("tasks/a=3,w=0.03,mesh=32/u.vtu")));
        String vtu = Files.readString(out.resolve("tasks/a=3,w=0.03,mesh=32/u.vtu"), java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String name : List.of("\"a\"", "\"w\"", "\"nx\"", "\"ny\"")) {
            assertTrue(vtu.contains("Name=" + name), "field data " + name);
        }
    }

    @Test
    void pointsAddedToAStudyAreTheOnlyOnesRun() throws Exception {
        Path out = dir.resolve("resume");
        assertEquals(0, run(out, "--source", SOURCE, "--param", "a=2", "--param", "w=0.01,0.02", "--mesh", "16",
                "--procs", "2").exitCode());
        Path kept = out.resolve("tasks/a=2,w=0.01/result.json");
        FileTime before = Files.getLastModifiedTime(kept);
        String record = Files.readString(kept);
        CommandResult more = run(out, "--source", SOURCE, "--param", "a=2", "--param", "w=0.01,0.02,0.04",
                "--mesh", "16", "--procs", "2");
        assertEquals(0, more.exitCode(), more::describe);
        assertEquals(before, Files.getLastModifiedTime(kept));
        assertEquals(record, Files.readString(kept));
        assertTrue(Files.isRegularFile(out.resolve("tasks/a=2,w=0.04/result.json")));
        assertEquals(4, Files.readAllLines(out.resolve("norms.csv")).size());
        CommandResult other = run(out, "--source", "2*" + SOURCE, "--param", "a=2", "--param", "w=0.01",
                "--mesh", "16");
        assertEquals(2, other.exitCode(), other::describe);
        assertTrue(other.stderr().contains("--force"), other::describe);
    }

    @Test
    void aFailedPointKeepsItsRowWithEmptyNorms() throws Exception {
        Path out = dir.resolve("failed");
        CommandResult result = run(out, "--source", SOURCE, "--param", "a=1", "--param", "w=0.01,0.02",
                "--mesh", "16", "--timeout", "1ms", "--retries", "0");
        assertEquals(1, result.exitCode(), result::describe);
        List<String> rows = Files.readAllLines(out.resolve("norms.csv"));
        assertEquals(List.of("a,w,l2_dofs,L2,H1_semi,min,max,iterations,compute_s,status",
                "1.0,0.01,,,,,,,,failed", "1.0,0.02,,,,,,,,failed"), rows);
    }

    @Test
    void aStudyFromAConfigFile() throws Exception {
        Path work = Files.createDirectories(dir.resolve("cfg"));
        Files.writeString(work.resolve("study.properties"), String.join("\n",
                "source = 10*exp(-((x-x0)^2+(y-0.5)^2)/w)", "param.x0 = 0.3,0.7", "param.w = log:0.01:0.04:3",
                "mesh = 16", "procs = 2", "field-images = none", ""));
        CommandResult result = new SweepLauncher(work).run("--config", "study.properties", "--out", "out");
        assertEquals(0, result.exitCode(), result::describe);
        List<String> rows = Files.readAllLines(work.resolve("out/norms.csv"));
        assertEquals("x0,w,l2_dofs,L2,H1_semi,min,max,iterations,compute_s,status", rows.get(0));
        assertEquals(7, rows.size());
        try (Stream<Path> files = Files.list(work.resolve("out"))) {
            assertEquals(3, files.filter(p -> p.getFileName().toString().matches("sweep-w=0\\.0[0-9]+\\.pvd")).count(),
                    "one collection per width, time = x0");
        }
    }

    private CommandResult run(Path out, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--out", out.toString(), "--quiet"));
        return new SweepLauncher(dir).run(all.toArray(String[]::new));
    }
}
