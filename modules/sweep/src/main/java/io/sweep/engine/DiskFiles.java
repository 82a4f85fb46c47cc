package io.sweep.engine;

import io.sweep.results.AtomicFiles;
import io.sweep.results.FileSum;

import java.nio.file.Path;

/** Describes the files a task wrote for its result record. Writing goes through {@link AtomicFiles}. */
public final class DiskFiles {
    private DiskFiles() {
    }

    /** A file a task wrote, with the size and checksum its writer returned: nothing is read back. */
    public static OutputFile describe(Path outDir, Path file, FileSum sum) {
        String relative = outDir.toAbsolutePath().relativize(file.toAbsolutePath()).toString()
                .replace(java.io.File.separatorChar, '/');
        return new OutputFile(relative, sum.bytes(), sum.crc32c());
    }
}
