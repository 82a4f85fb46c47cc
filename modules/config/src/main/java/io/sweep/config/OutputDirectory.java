package io.sweep.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before anything is written, that an output directory can be used: it is a writable
 * directory, or it does not exist yet and its nearest existing ancestor is a writable directory.
 */
public final class OutputDirectory {
    private OutputDirectory() {
    }

    public static void checkWritable(Path out) {
        Path dir = out.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException("--out " + out + " is not a directory: give a directory to write into");
        }
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new BadInputException("--out " + out + " cannot be created: "
                    + (existing == null ? "no existing parent" : existing + " is not a directory"));
        }
        if (!Files.isWritable(existing) || !Files.isExecutable(existing)) {
            throw new BadInputException("--out " + out + " is not writable: "
                    + (existing.equals(dir) ? "" : existing + " does not allow creating it; ")
                    + "choose a directory you may write to");
        }
    }
}
