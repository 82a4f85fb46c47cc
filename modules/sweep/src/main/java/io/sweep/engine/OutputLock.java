package io.sweep.engine;

import io.sweep.config.BadInputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an output directory for the length of a sweep, so a second sweep into
 * the same directory is refused rather than mixing its files with the first's. An OS file lock:
 * it goes away with the process, even one killed by SIGKILL, so there is no stale lock to clear.
 */
public final class OutputLock implements AutoCloseable {
    public static final String FILE_NAME = ".sweep.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link BadInputException} naming the sweep that holds it. */
    public static OutputLock acquire(Path outDir) throws IOException {
        FileChannel channel = FileChannel.open(outDir.resolve(FILE_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            ByteBuffer holder = ByteBuffer.allocate(64);
            channel.read(holder, 0);
            channel.close();
            String pid = new String(holder.array(), 0, holder.position(), StandardCharsets.UTF_8).strip();
            throw new BadInputException("--out " + outDir + " is in use by another sweep"
                    + (pid.isEmpty() ? "" : " (pid " + pid + ")") + ": wait for it to end or choose another --out");
        }
        // The holder's pid, for the message above; the lock, not this content, is what counts.
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        return new OutputLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
