package io.sweep.slurm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchScriptTest {

    @TempDir
    Path dir;

    private BatchScript script(int tasks, int perJob, int throttle, List<String> worker) {
        return new BatchScript("sweep-out", Path.of("/data/my out"), Path.of("/data/my out/slurm/logs/%A_%a.log"),
                Path.of("/data/my out/slurm/job-1.tasks.jsonl"), tasks, perJob, throttle, worker,
                OptionalLong.empty());
    }

    @Test
    void oneArrayTaskPerTaskThrottledByProcs() {
        BatchScript s = script(4, 1, 2, List.of("java", "-cp", "a.jar", "io.sweep.worker.WorkerMain"));
        assertEquals(4, s.arrayTasks());
        assertEquals("0-3%2", s.arraySpec());
        String text = s.text();
        assertTrue(text.startsWith("#!/bin/bash\n"), text);
        assertTrue(text.lines().limit(7).allMatch(l -> l.startsWith("#")), "a header of comments and directives: " + text);
        assertTrue(text.contains("\n#SBATCH --array=0-3%2\n"), text);
        assertTrue(text.contains("\n#SBATCH --job-name=sweep-out\n"), text);
        assertTrue(text.contains("\n#SBATCH --output=\"/data/my out/slurm/logs/%A_%a.log\"\n"), text);
        assertTrue(text.contains("\n#SBATCH --chdir=\"/data/my out\"\n"), text);
        assertTrue(text.contains("\ntasks='/data/my out/slurm/job-1.tasks.jsonl'\n"), text);
        assertTrue(text.contains("java -cp a.jar io.sweep.worker.WorkerMain --tasks \"$tasks\" --index \"$i\""), text);
        assertFalse(text.contains("--time"), text);
    }

    @Test
    void chunksRoundUpAndDropAThrottleThatBindsNothing() {
        BatchScript s = script(7, 3, 4, List.of("w"));
        assertEquals(3, s.arrayTasks());
        assertEquals("0-2", s.arraySpec());
        assertEquals(List.of(0, 1, 2), s.linesOf(0));
        assertEquals(List.of(6), s.linesOf(2));
        assertEquals("0", script(1, 1, 1, List.of("w")).arraySpec());
    }

    @Test
    void derivedTimeLimitIsADirective() {
        BatchScript s = new BatchScript("j", Path.of("/o"), Path.of("/o/l"), Path.of("/o/t"), 2, 1, 1,
                List.of("w"), OptionalLong.of(7));
        assertTrue(s.text().contains("\n#SBATCH --time=7\n"), s.text());
    }

    @Test
    void quotesWordsForBash() {
        assertEquals("plain/path-1.jar", BatchScript.shellQuote("plain/path-1.jar"));
        assertEquals("'a b'", BatchScript.shellQuote("a b"));
        assertEquals("'it'\\''s'", BatchScript.shellQuote("it's"));
        assertEquals("''", BatchScript.shellQuote(""));
    }

    /** Runs the generated script under bash as Slurm would, with a stand-in worker that echoes. */
    @Test
    void eachArrayTaskRunsItsOwnLines() throws Exception {
        BatchScript s = new BatchScript("j", dir, dir.resolve("%A_%a.log"), dir.resolve("it's tasks.jsonl"),
                7, 3, 2, List.of("/bin/echo", "worker"), OptionalLong.empty());
        assertEquals(List.of(
                "worker --tasks " + dir.resolve("it's tasks.jsonl") + " --index 3",
                "worker --tasks " + dir.resolve("it's tasks.jsonl") + " --index 4",
                "worker --tasks " + dir.resolve("it's tasks.jsonl") + " --index 5"),
                runArrayTask(s, 1).lines);
        assertEquals(List.of("worker --tasks " + dir.resolve("it's tasks.jsonl") + " --index 6"),
                runArrayTask(s, 2).lines);
    }

    @Test
    void anArrayTaskFailsWhenOneOfItsWorkersFailsButRunsTheOthers() throws Exception {
        Path marker = dir.resolve("ran");
        // The stand-in worker records its index, and fails for index 0.
        String worker = "echo \"$4\" >> '" + marker + "'; [ \"$4\" != 0 ] || exit 3";
        BatchScript s = new BatchScript("j", dir, dir.resolve("l"), dir.resolve("t"), 2, 2, 1,
                List.of("bash", "-c", worker, "worker"), OptionalLong.empty());
        Run run = runArrayTask(s, 0);
        assertEquals(3, run.exitCode, "the failing worker's own exit code");
        assertEquals(List.of("0", "1"), Files.readAllLines(marker));
    }

    @Test
    void refusesToRunOutsideSlurm() throws Exception {
        Path file = dir.resolve("job.sh");
        Files.writeString(file, script(2, 1, 1, List.of("/bin/echo")).text());
        Process p = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor());
        assertTrue(out.contains("submit this script with sbatch"), out);
    }

    private record Run(int exitCode, List<String> lines) {
    }

    private Run runArrayTask(BatchScript s, int index) throws IOException, InterruptedException {
        Path file = dir.resolve("job.sh");
        Files.writeString(file, s.text());
        ProcessBuilder pb = new ProcessBuilder("bash", file.toString());
        pb.environment().put("SLURM_ARRAY_TASK_ID", String.valueOf(index));
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out.lines().toList());
    }
}
