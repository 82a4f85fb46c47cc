package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C through the installed bin/sweep: the summary files are written for what finished, the
 * message says how far it got, and the same command resumes, removing the hidden temporary files
 * that interrupted writers left.
 */
class InterruptIT extends InstalledLauncherTest {
    private static final Pattern INTERRUPTED = Pattern.compile(
            "interrupted: (\\d+) of 400 done, rerun the same command to resume");

    @Test
    void sigintLeavesNormsForTheFinishedTasksAndTheRerunFinishesTheRest() throws Exception {
        Path out = dir.resolve("out");
        String[] args = {"--alphas", "0:1:400", "--mesh", "128", "--procs", "1", "--field-images", "none",
                "--out", out.toString()};
        InstalledSweep sweep = InstalledSweep.of(installation, dir);
        Process process = sweep.start(args);
        waitForDone(out, 3);
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "SIGINT ends the sweep");
        CommandResult first = sweep.result(process);
        assertEquals(130, first.exitCode(), first::describe);
        Matcher m = INTERRUPTED.matcher(first.stderr());
        assertTrue(m.find(), first::describe);
        assertTrue(first.stderr().contains("\n\ninterrupted: "), "a newline first: " + first.describe());
        int done = Integer.parseInt(m.group(1));
        assertTrue(done >= 3 && done < 400, first::describe);

        List<String> rows = Files.readAllLines(out.resolve("norms.csv"));
        assertEquals(401, rows.size(), "a header and a row per α: " + rows.subList(0, 5));
        assertEquals(done, rows.stream().filter(r -> r.endsWith(",done")).count(), "a row per finished task");
        assertTrue(rows.stream().allMatch(r -> r.endsWith(",done") || r.endsWith(",interrupted")
                || r.endsWith(",status")), "the others interrupted");
        for (String file : List.of("norms.json", "norms.png", "summary.json", "sweep.pvd")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file + " written\n" + first.describe());
        }
        assertEquals("interrupted", InstalledSweep.manifest(out).get("status"));
        assertNumberedOnce(first, 1, done);

        Path staleVtu = out.resolve("tasks/alpha=0/.u.vtu.tmp-1234");
        Path staleCsv = out.resolve(".norms.csv.tmp-99");
        Files.writeString(staleVtu, "half a file");
        Files.writeString(staleCsv, "half a table");
        CommandResult second = sweep.run(args);
        assertEquals(0, second.exitCode(), second::describe);
        assertTrue(second.stderrLines().contains(done + " kept from an earlier run, " + (400 - done) + " to run"),
                second::describe);
        assertFalse(Files.exists(staleVtu) || Files.exists(staleCsv), "temporary files of killed writers removed");
        assertEquals(400, Files.readAllLines(out.resolve("norms.csv")).stream().filter(r -> r.endsWith(",done"))
                .count());
        assertNumberedOnce(second, done + 1, 400);
        assertTrue(second.stdout().contains("400 of 400 tasks done (" + done + " kept from an earlier run)"),
                second::describe);
    }

    /** The plain progress lines number tasks first..last, each once, in the order printed. */
    private static void assertNumberedOnce(CommandResult result, int first, int last) {
        List<Integer> numbers = result.stderrLines().stream().filter(l -> l.matches("\\[\\d+/400] .*"))
                .map(l -> Integer.parseInt(l.substring(1, l.indexOf('/')))).toList();
        assertEquals(java.util.stream.IntStream.rangeClosed(first, last).boxed().toList(), numbers,
                result.describe());
    }

    private static void waitForDone(Path out, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                Map<String, Object> manifest = JSON.std.mapFrom(Files.readString(out.resolve("manifest.json")));
                @SuppressWarnings("unchecked")
                Map<String, Object> counts = (Map<String, Object>) manifest.get("counts");
                if (((Number) counts.get("done")).intValue() >= count) {
                    return;
                }
            } catch (NoSuchFileException | com.fasterxml.jackson.jr.ob.JSONObjectException e) {
                // Not written yet.
            }
            Thread.sleep(20);
        }
        throw new AssertionError("fewer than " + count + " tasks done after 60 s in " + out);
    }
}
