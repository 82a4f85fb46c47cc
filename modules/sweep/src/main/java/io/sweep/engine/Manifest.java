package io.sweep.engine;

import io.sweep.results.Json;
import io.sweep.results.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * manifest.json: the sweep's parameters, tool, host, times, status and every task's record.
 * Rewritten atomically when the ledger has changed, checked {@value #PERIOD_MS} ms after the last
 * write ended, or {@value #PAUSE_PER_WRITE} times as long as that write took if that is longer (a
 * 200-task sweep does not rewrite it 600 times, and the manifest of 4000 tasks, whose every
 * rewrite lists them all, takes at most a quarter of a core from the workers: it took 1.3 s of
 * the parent's CPU in a 4000-task run before), and once more at the end.
 */
public final class Manifest implements AutoCloseable {
    public static final String FILE_NAME = "manifest.json";
    private static final long PERIOD_MS = 200;
    private static final long PAUSE_PER_WRITE = 3;

    private final Path file;
    private final Map<String, Object> header;
    private final Ledger ledger;
    private long written = -1;
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sweep-manifest");
        thread.setDaemon(true);
        return thread;
    });
    private RunStatus status = RunStatus.RUNNING;
    private Instant ended;

    /** @param header tool, version, host, start time, parameters and problem, in that order */
    public Manifest(Path outDir, Map<String, Object> header, Ledger ledger) {
        this.file = outDir.resolve(FILE_NAME);
        this.header = new LinkedHashMap<>();
        // Written once: the parameters list every point of the design (4000 α are 100 KB).
        header.forEach((k, v) -> this.header.put(k, Json.pretty(v, 1)));
        this.ledger = ledger;
        flusher.schedule(this::flushIfDirty, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    private void flushIfDirty() {
        long start = System.nanoTime();
        try {
            if (ledger.version() != writtenVersion()) {
                write();
            }
        } catch (IOException e) {
            // Keep trying: the next change or the final write may succeed; the final one reports.
        }
        long pause = Math.max(TimeUnit.MILLISECONDS.toNanos(PERIOD_MS), PAUSE_PER_WRITE * (System.nanoTime() - start));
        try {
            flusher.schedule(this::flushIfDirty, pause, TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // finish() or close() shut the flusher down: the final write is theirs.
        }
    }

    private synchronized long writtenVersion() {
        return written;
    }

    /** Writes it now. */
    public synchronized void write() throws IOException {
        write(false);
    }

    private void write(boolean durably) throws IOException {
        written = ledger.version();
        Map<String, Object> json = new LinkedHashMap<>(header);
        json.put("status", status.label());
        json.put("ended", ended == null ? null : ended.toString());
        Ledger.Counts c = ledger.counts();
        json.put("counts", Map.of("total", c.total(), "done", c.done(), "failed", c.failed(),
                "running", c.running(), "kept", c.kept()));
        json.put("tasks", ledger.manifestEntries());
        byte[] bytes = Json.writePretty(json).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AtomicFiles.Body body = out -> out.write(bytes);
        if (durably) {
            AtomicFiles.writeDurably(file, body);
        } else {
            AtomicFiles.write(file, body);
        }
    }

    /** The final record, forced to disk: {@code finalStatus} is done, failed or interrupted. */
    public synchronized void finish(RunStatus finalStatus) throws IOException {
        flusher.shutdownNow();
        status = finalStatus;
        ended = Instant.now();
        write(true);
    }

    @Override
    public void close() {
        flusher.shutdownNow();
    }
}
