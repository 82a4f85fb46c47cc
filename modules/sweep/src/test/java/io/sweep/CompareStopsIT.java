package io.sweep;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code sweep compare} killed by SIGTERM or SIGKILL: the mode's sweep it was running stops with it. */
class CompareStopsIT extends BadDayTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SIGTERM", "SIGKILL"})
    void theRunningModeStopsWithCompare(String signal) throws Exception {
        Process compare = start("compare", "compare", "series", "--n", "1e9", "--procs", "2", "--out", "cmp");
        Path manifest = work().resolve("cmp/sequential/manifest.json");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Files.exists(manifest) && Files.readString(manifest).contains("\"running\""))) {
            assertTrue(System.nanoTime() < deadline && compare.isAlive(), "the sequential run never started: "
                    + Files.readString(work().resolve("compare.err")));
            Thread.sleep(50);
        }
        List<ProcessHandle> started = compare.descendants().toList();
        assertTrue(!started.isEmpty(), "compare runs its mode as a process of its own");
        if (signal.equals("SIGKILL")) {
            compare.destroyForcibly();
        } else {
            compare.destroy();
        }
        compare.waitFor(10, TimeUnit.SECONDS);
        long stopBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
        while (started.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < stopBy) {
            Thread.sleep(50);
        }
        List<ProcessHandle> alive = started.stream().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroyForcibly);
        assertTrue(alive.isEmpty(), "still running 8 s after compare got " + signal + ": "
                + alive.stream().map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList());
    }
}
