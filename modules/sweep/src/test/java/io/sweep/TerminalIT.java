package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The live bar on a real terminal (a pseudo-terminal from script(1)) around the installed
 * bin/sweep: cleared before the summary is printed, never drawn again after it.
 */
class TerminalIT extends InstalledLauncherTest {

    @Test
    void theBarIsClearedBeforeTheSummaryAndNotDrawnAgain() throws Exception {
        InstalledSweep sweep = InstalledSweep.of(installation, dir);
        String command = sweep.command("--workload", "selftest", "--selftest-tasks", "4", "--selftest-ms", "700",
                "--procs", "2", "--out", dir.resolve("out").toString()).stream()
                .map(word -> "'" + word + "'").collect(Collectors.joining(" "));
        Map<String, String> env = new HashMap<>(sweep.environment());
        env.put("TERM", "xterm");
        CommandResult result = Installation.run(List.of("script", "-qec", command, "/dev/null"), env, dir,
                Duration.ofMinutes(2));
        assertEquals(0, result.exitCode(), result::describe);
        String screen = result.stdout();
        assertTrue(screen.contains("ETA"), "a bar was drawn: " + result.describe());
        int summary = screen.indexOf("sum of squares");
        assertTrue(summary > 0, result::describe);
        String before = screen.substring(0, summary);
        String lastLine = before.substring(before.lastIndexOf('\n') + 1);
        String visible = lastLine.substring(lastLine.lastIndexOf('\r') + 1).replace("\u001b[K", "");
        assertEquals("", visible, "the summary starts on a clean line, not after the bar: " + result.describe());
        assertFalse(screen.substring(summary).contains("ETA"), "no bar after the summary: " + result.describe());
        assertTrue(screen.contains("4 of 4 tasks done"), result::describe);
    }
}
