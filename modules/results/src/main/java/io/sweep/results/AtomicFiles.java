package io.sweep.results;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes a file so that it is either absent, its previous version, or complete: the content goes
 * to a temporary name in the same directory, is closed (so that a full disk or a failing network
 * file system reports here, as an exception), then renamed into place. A crashed or killed process
 * never leaves a half-written file under the final name: what it wrote is in the kernel's page
 * cache, which outlives the process.
 *
 * <p>Durability against a power cut or a kernel crash is a separate, costlier promise (an fsync
 * forces a journal commit, a few milliseconds, and stalls other writers of the file system
 * meanwhile). {@link #write} does not make it: per-task outputs are many, and resume verifies
 * every kept file against the size and CRC32C in its result record ({@link FileSum}, which every
 * write returns, summed in the same pass), so a file lost to a power cut is
 * redone by the next run. {@link #writeDurably} makes it, for the few records that say a whole
 * run ended (the final manifest).
 *
 * <p>The temporary name is {@code .<name>.tmp-<random>}: hidden, and never ending in the final
 * extension, so no tool (ParaView, a glob for {@code *.vtu}, resume) mistakes it for an output.
 */
public final class AtomicFiles {
    private static final int BUFFER_BYTES = 1 << 16;
    private static final String TEMPORARY_MARK = ".tmp-";
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.tmp-[0-9a-f]+");

    private AtomicFiles() {
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} atomically, creating its directory if missing. The stream handed to
     * {@code body} is buffered; the body must not close it. On any failure the temporary file is
     * deleted, the previous content of {@code target} (if any) is left untouched, and the
     * exception propagates. Returns the size and CRC32C of what was written.
     */
    public static FileSum write(Path target, Body body) throws IOException {
        return write(target, body, false);
    }

    /** Like {@link #write(Path, Body)}, and forced to disk, the rename included, before it returns. */
    public static FileSum writeDurably(Path target, Body body) throws IOException {
        return write(target, body, true);
    }

    private static FileSum write(Path target, Body body, boolean durably) throws IOException {
        try {
            return writeOrThrow(target, body, durably);
        } catch (IOException e) {
            // "No space left on device" alone does not say which of a sweep's files it was.
            String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                    : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            throw new IOException("cannot write " + target.toAbsolutePath() + ": " + reason, e);
        }
    }

    private static FileSum writeOrThrow(Path target, Body body, boolean durably) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
        }
        Path temporary = temporaryFor(absolute);
        boolean moved = false;
        FileSum sum;
        try {
            try (FileChannel channel = FileChannel.open(temporary,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                // Summed below the buffer: the checksum sees the file in 64 KiB blocks.
                FileSum.Summing summing = new FileSum.Summing(Channels.newOutputStream(channel));
                OutputStream out = new BufferedOutputStream(summing, BUFFER_BYTES);
                body.writeTo(out);
                out.flush();
                sum = summing.sum();
                if (durably) {
                    channel.force(true);
                }
            }
            moveIntoPlace(temporary, absolute);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
        if (durably) {
            forceDirectory(directory);
        }
        return sum;
    }

    /** Writes {@code content} atomically. */
    public static FileSum write(Path target, byte[] content) throws IOException {
        return write(target, out -> out.write(content));
    }

    /** Writes {@code content} as UTF-8, atomically. */
    public static FileSum writeString(Path target, String content) throws IOException {
        return write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The hidden temporary name used for {@code target}; package-private for tests. */
    static Path temporaryFor(Path target) {
        String random = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        return target.resolveSibling("." + target.getFileName() + TEMPORARY_MARK + random);
    }

    /** Whether a file name is one of {@link #temporaryFor}'s: {@code .<name>.tmp-<hex>}. */
    public static boolean isTemporary(Path file) {
        return TEMPORARY.matcher(file.getFileName().toString()).matches();
    }

    /**
     * Deletes the temporary files that writers killed before their rename left in {@code dir}
     * (not below it). Call it only where no writer is at work: at the start of a task's attempt
     * for its directory, at the start of a sweep for the sweep's own directories.
     */
    public static void removeTemporaries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, f -> isTemporary(f))) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same directory, so this only happens on exotic file systems; say so rather than
            // silently falling back to a copy that could be seen half-written.
            throw new IOException("cannot rename " + temporary + " to " + target
                    + " atomically on this file system", e);
        }
    }

    /** Makes the rename itself durable; not every platform can open a directory, so best effort. */
    private static void forceDirectory(Path directory) {
        if (directory == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The file itself is complete and renamed; only its durability after a power cut is
            // weaker here, which no caller can act on.
        }
    }
}
