package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs scripts/paraview_check.py with ParaView's pvpython on a sweep's collections; fails (never skips) without it. */
final class ParaView {
    private ParaView() {
    }

    static void check(Path out, List<String> pvds, String time, String times, int points, int cells) throws Exception {
        check(out, pvds, time, times, List.of("--points", Integer.toString(points), "--cells", Integer.toString(cells)));
    }

    /** The same for collections whose DataSets differ in size (a mesh study): no point or cell count. */
    static void check(Path out, List<String> pvds, String time, String times) throws Exception {
        check(out, pvds, time, times, List.of());
    }

    private static void check(Path out, List<String> pvds, String time, String times, List<String> counts)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(pvpython().toString(), "--force-offscreen-rendering",
                repositoryRoot().resolve("scripts/paraview_check.py").toString()));
        for (String pvd : pvds) {
            command.addAll(List.of("--pvd", out.resolve(pvd).toString()));
        }
        command.addAll(List.of("--time", time, "--alphas", times));
        command.addAll(counts);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).directory(out.toFile()).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("pvpython did not finish within 5 minutes:\n" + output);
        }
        assertEquals(0, process.exitValue(), "paraview_check.py failed:\n" + output);
        assertTrue(output.contains(" 0 failed"), output);
    }

    private static Path pvpython() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, "pvpython");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return fail("pvpython (ParaView) is not on PATH: ./run-tests installs ParaView (scripts/setup/paraview.sh)");
    }

    private static Path repositoryRoot() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("scripts/paraview_check.py"))) {
                return dir;
            }
        }
        throw new IOException("no scripts/paraview_check.py above " + Path.of("").toAbsolutePath());
    }
}
