package io.sweep.workloads.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModeLauncherTest {
    private static final Path OUT = Path.of("/tmp/out");

    @Test
    void throughTheInstallationsLauncherEachModeIsTheCommandAUserTypes() {
        ModeLauncher launcher = new ModeLauncher(Path.of("/opt/sweep/bin/sweep"), Path.of("/jdk/bin/java"),
                List.of("-Xmx1g"), "lib/a.jar");
        assertEquals(List.of("/opt/sweep/bin/sweep", "--workload", "series", "--mode", "threads", "--procs", "2",
                "--out", "/tmp/out", "--quiet", "--n", "10"),
                launcher.command("series", "threads", 2, List.of("--n", "10"), OUT));
    }

    @Test
    void withoutOneJavaGetsTheOptionsTheLauncherWouldGive() {
        ModeLauncher launcher = new ModeLauncher(null, Path.of("/jdk/bin/java"), List.of("-Xmx1g"), "lib/a.jar");
        List<String> processes = launcher.command("pi", "processes", 2, List.of(), OUT);
        assertEquals(List.of("/jdk/bin/java", "-Djava.awt.headless=true", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xmx1g", "-cp", "lib/a.jar", "io.sweep.cli.Main", "--workload", "pi",
                "--mode", "processes", "--procs", "2", "--out", "/tmp/out", "--quiet"), processes);
        List<String> threads = launcher.command("pi", "threads", 2, List.of(), OUT);
        assertEquals(false, threads.contains("-XX:TieredStopAtLevel=1"), "threads compute in that JVM: C2 stays");
    }
}
