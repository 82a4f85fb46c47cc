package io.sweep.results;

import io.sweep.solver.Mesh;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Opens what the writers produce in ParaView itself (pvpython, headless): the .pvd with
 * PVDReader and every .vtu of every encoding with XMLUnstructuredGridReader, through
 * {@code scripts/paraview_check.py}. Needs pvpython; fails (never skips) without it.
 */
class ParaViewReadsVtuTest {
    private static final List<Double> ALPHAS = List.of(0.1, 1.0, 10.0, 100.0);
    /** Large enough that zlib needs several 32 KiB blocks and a partial last one. */
    private static final int N = 64;

    @TempDir
    Path sweeps;

    @Test
    void paraviewOpensEveryEncodingAndSeesTheValuesWritten() throws Exception {
        Path pvpython = pvpython();
        Mesh mesh = Mesh.unitSquare(N, N);
        List<String> command = new ArrayList<>(List.of(pvpython.toString(),
                "--force-offscreen-rendering", repositoryRoot().resolve("scripts/paraview_check.py")
                        .toString()));
        for (VtuEncoding encoding : VtuEncoding.values()) {
            Path directory = sweeps.resolve(encoding.name().toLowerCase(java.util.Locale.ROOT));
            SyntheticSweep.write(directory, mesh, ALPHAS, encoding);
            command.addAll(List.of("--pvd", directory.resolve("sweep.pvd").toString()));
        }
        SyntheticSweep.writeExpected(sweeps.resolve("expected"), mesh, ALPHAS);
        command.addAll(List.of("--alphas", "0.1,1,10,100",
                "--points", Integer.toString((N + 1) * (N + 1)),
                "--cells", Integer.toString(2 * N * N),
                "--expected", sweeps.resolve("expected").toString()));

        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .directory(sweeps.toFile()).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("pvpython did not finish within 5 minutes:\n" + output);
        }
        assertEquals(0, process.exitValue(), "paraview_check.py failed:\n" + output);
        assertTrue(output.contains("0 failed"), output);
    }

    private static Path pvpython() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, "pvpython");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return fail("pvpython (ParaView) is not on PATH: ./run-tests installs ParaView "
                + "(scripts/setup/paraview.sh)");
    }

    /** The directory holding scripts/paraview_check.py, found upwards from the module. */
    static Path repositoryRoot() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("scripts/paraview_check.py"))) {
                return dir;
            }
        }
        throw new IOException("no scripts/paraview_check.py above " + Path.of("").toAbsolutePath());
    }
}
