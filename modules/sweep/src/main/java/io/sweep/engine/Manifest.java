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
 * Rewritten atomically when the ledger has changed, checked every {@value #PERIOD_MS} ms (a 200-task
 * sweep does not rewrite it 600 times), and once more at the end.
 */
public final class Manifest implements AutoCloseable {
    public static final String FILE_NAME = "manifest.json";
    private static final long PERIOD_MS = 200;

    private final Path file;
    private final Map<String, Object> header;
    private final Ledger ledger;
    private long written = -1;
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sweep-manifest");
        thread.setDaemon(true);
        return thread;
    });
    private String status = "running";
    private Instant ended;

    /** @param header tool, version, host, start time, parameters and problem, in that order */
    public Manifest(Path outDir, Map<String, Object> header, Ledger ledger) {
        this.file = outDir.resolve(FILE_NAME);
        this.header = new LinkedHashMap<>(header);
        this.ledger = ledger;
        flusher.scheduleWithFixedDelay(this::flushIfDirty, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    private void flushIfDirty() {
        try {
            if (ledger.version() != writtenVersion()) {
                write();
            }
        } catch (IOException e) {
            // Keep trying: the next change or the final write may succeed; the final one reports.
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
        json.put("status", status);
        json.put("ended", ended == null ? null : ended.toString());
        Ledger.Counts c = ledger.counts();
        json.put("counts", Map.of("total", c.total(), "done", c.done(), "failed", c.failed(),
                "running", c.running(), "kept", c.kept()));
        json.put("tasks", ledger.toJson());
        byte[] bytes = Json.writePretty(json).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AtomicFiles.Body body = out -> out.write(bytes);
        if (durably) {
            AtomicFiles.writeDurably(file, body);
        } else {
            AtomicFiles.write(file, body);
        }
    }

    /** The final record, forced to disk: {@code status} is done, failed or interrupted. */
    public synchronized void finish(String finalStatus) throws IOException {
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
