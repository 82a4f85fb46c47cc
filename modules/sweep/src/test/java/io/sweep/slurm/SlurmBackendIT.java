package io.sweep.slurm;

import com.fasterxml.jackson.jr.ob.JSON;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The built jar run as a user would, with {@code --backend slurm}, against the single-node Slurm
 * that scripts/setup/slurm.sh brings up (./run-tests runs it first). Nothing here is simulated:
 * sbatch, squeue, scancel and slurmd run the array tasks.
 */
class SlurmBackendIT {
    private static final Path JAR = Path.of("target", "sweep.jar").toAbsolutePath();

    @TempDir
    Path dir;

    private record Run(int exitCode, String stdout, String stderr) {
        String describe() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    @BeforeAll
    static void slurmIsUp() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "no " + JAR + ": the integration tests run after package");
        Run sinfo;
        try {
            sinfo = command(List.of("sinfo", "--noheader", "--format=%t"), 30);
        } catch (IOException e) {
            fail("Slurm is not installed (" + e.getMessage() + "): ./run-tests installs and starts it "
                    + "with scripts/setup/slurm.sh");
            return;
        }
        assertTrue(sinfo.exitCode() == 0 && sinfo.stdout().strip().matches("(?s)(idle|mix|alloc).*"),
                "Slurm is not up (sinfo: " + sinfo.describe() + "): ./run-tests starts it with scripts/setup/slurm.sh");
    }

    @Test
    void normsFromSlurmEqualALocalRunsBitForBit() throws Exception {
        Path local = dir.resolve("local");
        Path slurm = dir.resolve("slurm");
        Run a = sweep("--alphas", "1,2,3", "--mesh", "32", "--procs", "2", "--out", local.toString());
        assertEquals(0, a.exitCode(), a.describe());
        Run b = sweep("--alphas", "1,2,3", "--mesh", "32", "--procs", "2", "--backend", "slurm",
                "--out", slurm.toString());
        assertEquals(0, b.exitCode(), b.describe());

        List<String> fromSlurm = withoutTimings(slurm.resolve("norms.csv"));
        assertEquals(withoutTimings(local.resolve("norms.csv")), fromSlurm,
                "norms.csv from Slurm and from the local pool, every number in full precision");
        assertTrue(fromSlurm.get(0).startsWith("alpha,l2_dofs,L2,H1_semi,min,max"), fromSlurm.get(0));
        assertEquals(4, fromSlurm.size(), "a header and three alpha: " + fromSlurm);
        for (String file : List.of("sweep.pvd", "manifest.json", "slurm/job-1.sh", "slurm/job-1.tasks.jsonl")) {
            assertTrue(Files.isRegularFile(slurm.resolve(file)), "missing " + file + "\n" + b.describe());
        }
        assertEquals("slurm", manifest(slurm).get("backend"));
        assertTrue(b.stderr().contains("submitted Slurm job array "), b.describe());
        assertEquals(3, Files.readAllLines(slurm.resolve("slurm/job-1.tasks.jsonl")).size());
    }

    @Test
    void aFailedArrayTaskIsResubmittedAloneAndTheSweepEndsDone() throws Exception {
        Path out = dir.resolve("retry");
        // The engine's test workload: task 1's first attempt ends its JVM with exit code 3.
        String[] args = {"--workload", "selftest", "--selftest-tasks", "3", "--selftest-crash", "1",
                "--retries", "1", "--procs", "3", "--backend", "slurm", "--out", out.toString()};
        Run run = sweep(args);
        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(run.stderr().contains("ended FAILED"), run.describe());

        List<String> jobs = Files.readAllLines(out.resolve("slurm/jobs.txt"));
        assertEquals(2, jobs.size(), "the sweep and one retry array: " + jobs);
        List<String> retried = Files.readAllLines(out.resolve("slurm/job-2.tasks.jsonl"));
        assertEquals(1, retried.size(), retried.toString());
        assertTrue(retried.get(0).contains("\"key\":\"task-1\""), retried.toString());
        assertTrue(Files.readString(out.resolve("slurm/job-2.sh")).contains("#SBATCH --array=0\n"));

        Map<String, Object> task1 = task(manifest(out), "task-1");
        assertEquals("done", task1.get("status"), task1.toString());
        assertEquals(2, ((Number) task1.get("attempts")).intValue(), task1.toString());
        assertEquals(1, ((Number) task(manifest(out), "task-0").get("attempts")).intValue());

        // Resume: everything is done, so the same command submits nothing.
        Run again = sweep(args);
        assertEquals(0, again.exitCode(), again.describe());
        assertFalse(again.stderr().contains("submitted"), again.describe());
        assertEquals(jobs, Files.readAllLines(out.resolve("slurm/jobs.txt")));
    }

    @Test
    void dryRunPrintsTheScriptAndTheCommandAndSubmitsNothing() throws Exception {
        Path out = dir.resolve("dry");
        Run run = sweep("--alphas", "1,2,3", "--mesh", "32", "--procs", "2", "--backend", "slurm", "--dry-run",
                "--tasks-per-job", "2", "--slurm-option=--time=5", "--slurm-option", "mem=1G", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.describe());
        String text = run.stdout();
        for (String expected : List.of("#!/bin/bash\n", "#SBATCH --array=0-1\n", "#SBATCH --job-name=sweep-dry\n",
                "#SBATCH --output=" + out.resolve("slurm/logs/%A_%a.log") + "\n", "#SBATCH --chdir=" + out + "\n",
                "\ncount=3\n", "\nper_job=2\n", "tasks=" + out.resolve("slurm/job-1.tasks.jsonl") + "\n",
                "io.sweep.worker.WorkerMain --out " + out + " --tasks \"$tasks\" --index \"$i\"",
                "(3 tasks: alpha=1, alpha=2, alpha=3)")) {
            assertTrue(text.contains(expected), "missing " + expected + "\n" + run.describe());
        }
        List<String> lines = text.lines().toList();
        assertEquals("sbatch --parsable --time=5 --mem=1G " + out.resolve("slurm/job-1.sh"), lines.get(lines.size() - 1));
        assertFalse(Files.exists(out), "a dry run writes nothing");
        Run squeue = command(List.of("squeue", "--noheader", "--states=all", "--format=%j|%Z"), 30);
        assertEquals(0, squeue.exitCode(), squeue.describe());
        assertFalse(squeue.stdout().contains(out.toString()) || squeue.stdout().contains("sweep-dry|"),
                "a dry run submits nothing: " + squeue.stdout());
    }

    @Test
    void sigtermCancelsTheArray() throws Exception {
        Path out = dir.resolve("cancelled");
        Process sweep = start("--workload", "selftest", "--selftest-tasks", "2", "--selftest-ms", "120000",
                "--procs", "2", "--backend", "slurm", "--out", out.toString());
        CompletableFuture<String> stderr = read(sweep.getErrorStream());
        read(sweep.getInputStream());
        long jobId = waitForRunningArray(out, sweep);
        // SIGTERM through the handle: Process.destroy() would also close our ends of its pipes.
        assertTrue(sweep.toHandle().destroy(), "SIGTERM sent");
        assertTrue(sweep.waitFor(60, TimeUnit.SECONDS), "the sweep exits after SIGTERM");
        assertEquals(143, sweep.exitValue(), stderr.get());
        assertTrue(stderr.get().contains("cancelled Slurm job [" + jobId + "]"), stderr.get());
        // scancel'd tasks leave the queue promptly: nothing of the array still pending or running.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String active;
        do {
            active = command(List.of("squeue", "--noheader", "--array", "--jobs=" + jobId, "--format=%i|%T"), 30)
                    .stdout().strip();
        } while (!active.isEmpty() && System.nanoTime() < deadline && pause());
        assertEquals("", active, "array " + jobId + " still in the queue after SIGTERM");
    }

    /**
     * norms.csv without its timing columns ({@code *_s}, such as wall_s): those differ between any
     * two runs; every other field, printed in full precision, must match exactly (bit for bit).
     */
    private static List<String> withoutTimings(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(",", -1));
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.split(",", -1);
            assertEquals(header.size(), fields.length, line);
            List<String> row = new ArrayList<>();
            for (int i = 0; i < fields.length; i++) {
                if (!header.get(i).endsWith("_s")) {
                    row.add(fields[i]);
                }
            }
            kept.add(String.join(",", row));
        }
        return kept;
    }

    /** The id of the sweep's array once squeue shows one of its tasks running. */
    private static long waitForRunningArray(Path out, Process sweep) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && sweep.isAlive()) {
            Path jobs = out.resolve("slurm/jobs.txt");
            if (Files.isRegularFile(jobs) && !Files.readString(jobs).isBlank()) {
                long id = Long.parseLong(Files.readString(jobs).strip().split("\\s+")[0]);
                Run squeue = command(List.of("squeue", "--noheader", "--array", "--jobs=" + id, "--format=%T"), 30);
                if (squeue.stdout().contains("RUNNING")) {
                    return id;
                }
            }
            pause();
        }
        fail("the sweep's array never ran (sweep alive: " + sweep.isAlive() + ")");
        return -1;
    }

    private static boolean pause() throws InterruptedException {
        Thread.sleep(200);
        return true;
    }

    private static Map<String, Object> manifest(Path out) throws IOException {
        return JSON.std.mapFrom(Files.readString(out.resolve("manifest.json")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> task(Map<String, Object> manifest, String key) {
        for (Object t : (List<Object>) manifest.get("tasks")) {
            if (key.equals(((Map<String, Object>) t).get("key"))) {
                return (Map<String, Object>) t;
            }
        }
        throw new AssertionError("no task " + key + " in the manifest");
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    }

    private Run sweep(String... args) throws Exception {
        Process p = start(args);
        p.getOutputStream().close();
        return finish(p, List.of(args).toString(), 300);
    }

    private static Run command(List<String> command, int seconds) throws Exception {
        return finish(new ProcessBuilder(command).start(), command.toString(), seconds);
    }

    private static Run finish(Process p, String what, int seconds) throws Exception {
        CompletableFuture<String> out = read(p.getInputStream());
        CompletableFuture<String> err = read(p.getErrorStream());
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(what + " did not finish within " + seconds + " s");
        }
        return new Run(p.exitValue(), out.get(), err.get());
    }

    private static CompletableFuture<String> read(java.io.InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }, runnable -> {
            Thread t = new Thread(runnable);
            t.setDaemon(true);
            t.start();
        });
    }
}
