package io.sweep.engine;

import io.sweep.results.Json;
import io.sweep.results.AtomicFiles;
import io.sweep.config.SweepSpec;
import io.sweep.results.report.Report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One sweep from a validated spec to its exit code: lock the output directory, keep what an
 * earlier run finished, run the rest on a backend while the {@link Ledger} owns each task's life,
 * keep the manifest and the summary files current, reduce. A halt (--halt, or infrastructure
 * that cannot work) stops the backend early. SIGINT and SIGTERM stop it too, and the summary
 * files are still written for what finished; the JVM then exits with 130 or 143.
 */
public final class SweepRun {
    /** Exit codes of a sweep (2, bad input, is the command line's). */
    public static final int ALL_DONE = 0;
    public static final int SOME_FAILED = 1;
    public static final int INTERRUPTED = 130;

    private final SweepSpec spec;
    private final HaltPolicy haltPolicy;
    private final Workload workload;
    private final Backend backend;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final String version;
    private final Provenance provenance;

    public SweepRun(SweepSpec spec, HaltPolicy haltPolicy, Workload workload, Backend backend, PrintStream out,
                    PrintStream err, boolean terminal, String version, Provenance provenance) {
        this.spec = spec;
        this.haltPolicy = haltPolicy;
        this.workload = workload;
        this.backend = backend;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.version = version;
        this.provenance = provenance;
    }

    /** Runs the sweep; bad input found on the way (the directory in use, another problem) is thrown first. */
    public int run(List<Task> tasks) throws IOException, InterruptedException {
        Path dir = spec.out();
        PreviousSweep.check(dir, workload.name(), workload.problem(), spec.force());
        Files.createDirectories(dir);
        try (OutputLock lock = OutputLock.acquire(dir)) {
            PreviousSweep.check(dir, workload.name(), workload.problem(), spec.force());
            return runLocked(dir, tasks);
        }
    }

    private int runLocked(Path dir, List<Task> tasks) throws IOException, InterruptedException {
        OutputTree.removeTemporaries(dir);
        Resume resume;
        try (KeptCheckNotice notice = new KeptCheckNotice(spec.quiet() ? null : err, terminal)) {
            resume = Resume.inspect(dir, tasks, workload, spec.force());
        }
        resume.redone().forEach((key, why) -> err.println("sweep: redoing " + key + ": " + why));
        if (!resume.kept().isEmpty() && !spec.quiet()) {
            err.println(resume.kept().size() + " kept from an earlier run, " + resume.toRun().size() + " to run");
        }
        OutputsUpdater outputs = new OutputsUpdater(workload, dir);
        outputs.runFirst(workload::warmUp);
        Progress progress = Progress.choose(spec.quiet(), terminal, err);
        Ledger ledger = new Ledger(tasks, dir, workload, spec.retries(), haltPolicy, progress::event,
                outputs::submit, halt -> {
                    if (halt.now()) {
                        backend.cancel();
                    } else {
                        backend.stopStarting();
                    }
                });
        try (Manifest manifest = new Manifest(dir, header(), ledger)) {
            return supervise(ledger, manifest, resume, outputs, progress);
        } finally {
            progress.close();
        }
    }

    private int supervise(Ledger ledger, Manifest manifest, Resume resume, OutputsUpdater outputs, Progress progress)
            throws IOException, InterruptedException {
        resume.kept().values().forEach(ledger::keep);
        manifest.write();
        if (!resume.kept().isEmpty()) {
            outputs.submit(ledger::results);
        }
        CountDownLatch recorded = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            interrupted.set(true);
            backend.cancel();
            try {
                recorded.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "sweep-signal");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Trace.mark("running " + resume.toRun().size() + " tasks");
            backend.run(resume.toRun(), ledger);
            Trace.mark("tasks over");
            // A worker stopped (Ctrl-C, --halt now) just after renaming a record into place
            // finished its task: the record says so, so the counts and the manifest do too.
            for (Task task : ledger.running()) {
                Resume.verified(spec.out(), task, workload.expectedFiles(task))
                        .ifPresent(result -> ledger.foundDone(task, result));
            }
            ledger.settle(interrupted.get());
            progress.close();
            Exception writeError = outputs.await();
            Trace.mark("outputs updated");
            Summary summary = new Summary(Map.of(), List.of());
            try {
                summary = workload.finish(ledger.results(), ledger.unfinished(), spec.out());
                Trace.mark("finished");
                writeSummary(ledger, summary);
            } catch (IOException | RuntimeException e) {
                writeError = writeError == null ? e : writeError;
            }
            Ledger.Counts c = ledger.counts();
            if (interrupted.get()) {
                finish(manifest, RunStatus.INTERRUPTED);
                writeReport(spec.out());
                err.println();
                err.println("interrupted: " + c.done() + " of " + c.total()
                        + " done, rerun the same command to resume");
                return INTERRUPTED;
            }
            boolean failed = c.done() < c.total() || writeError != null;
            IOException manifestError = finish(manifest, failed ? RunStatus.FAILED : RunStatus.DONE);
            Trace.mark("manifest finished");
            writeReport(spec.out());
            Trace.mark("report.html written");
            report(ledger, summary, writeError);
            if (manifestError != null) {
                err.println("sweep: " + Manifest.FILE_NAME + " could not be updated and may still say the sweep is "
                        + "running: " + manifestError.getMessage());
            }
            Trace.mark("manifest written");
            return failed || manifestError != null ? SOME_FAILED : ALL_DONE;
        } finally {
            recorded.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running: it waits for the latch just released.
            }
        }
    }

    /** Writes the manifest's final state; the error when it could not be written (a full disk), else null. */
    private static IOException finish(Manifest manifest, RunStatus status) {
        try {
            manifest.finish(status);
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    /** report.html, from the manifest just finished; a failure to write it is told, not fatal: the results stand. */
    private void writeReport(Path dir) {
        try {
            Report.write(dir);
        } catch (IOException | RuntimeException e) {
            err.println("sweep: writing " + Report.FILE_NAME + " failed: " + e.getMessage());
        }
    }

    private void writeSummary(Ledger ledger, Summary summary) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("workload", workload.name());
        Ledger.Counts c = ledger.counts();
        json.put("tasks", Map.of("total", c.total(), "done", c.done(), "failed", c.failed(), "kept", c.kept()));
        json.putAll(summary.result());
        AtomicFiles.write(spec.out().resolve("summary.json"),
                Json.writePretty(json).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void report(Ledger ledger, Summary summary, Exception writeError) {
        for (String line : summary.lines()) {
            out.println(line);
        }
        Ledger.Counts c = ledger.counts();
        int notRun = c.total() - c.done() - c.failed();
        out.println(c.done() + " of " + c.total() + " tasks done" + (c.kept() > 0 ? " (" + c.kept()
                + " kept from an earlier run)" : "") + (c.failed() > 0 ? ", " + c.failed() + " failed" : "")
                + (notRun > 0 ? ", " + notRun + " not finished" : "") + "; outputs in " + spec.out());
        ledger.halt().ifPresent(halt -> err.println("sweep: " + halt.reason()));
        for (String line : ledger.failures()) {
            err.println("sweep: " + line);
        }
        if (writeError != null) {
            err.println("sweep: writing the summary files failed: " + (writeError.getMessage() != null
                    ? writeError.getMessage() : writeError));
        }
    }

    private Map<String, Object> header() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("tool", "sweep");
        header.put("version", version);
        header.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        header.put("host", hostName());
        header.put("pid", ProcessHandle.current().pid());
        header.put("started", Instant.now().toString());
        header.put("workload", workload.name());
        header.put("backend", backend.name());
        Map<String, Object> parameters = new LinkedHashMap<>(spec.describe());
        parameters.put("mode", backend.name());
        parameters.put("halt", haltPolicy.label());
        parameters.putAll(workload.parameters());
        header.put("parameters", parameters);
        header.put("problem", PreviousSweep.normalise(workload.problem()));
        header.put("provenance", provenance.toJson());
        return header;
    }

    private static String hostName() {
        // The kernel's name for this host: no DNS lookup, which can stall for seconds.
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException e) {
            return System.getenv().getOrDefault("HOSTNAME", "unknown");
        }
    }
}
