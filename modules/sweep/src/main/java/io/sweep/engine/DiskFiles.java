package io.sweep.engine;

import io.sweep.results.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Describes the files a task wrote for its result record. Writing goes through {@link AtomicFiles}. */
public final class DiskFiles {
    private DiskFiles() {
    }

    /** A file a task wrote, described for its result record: path relative to the output directory. */
    public static OutputFile describe(Path outDir, Path file) throws IOException {
        String relative = outDir.toAbsolutePath().relativize(file.toAbsolutePath()).toString()
                .replace(java.io.File.separatorChar, '/');
        return new OutputFile(relative, Files.size(file), AtomicFiles.sha256(file));
    }
}
