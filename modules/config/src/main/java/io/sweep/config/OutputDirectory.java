package io.sweep.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before anything is written, that an output directory can be used: it is a writable
 * directory, or it does not exist yet and its nearest existing ancestor is a writable directory.
 * A symbolic link to a directory is followed; one to nothing (dangling) is refused, not created.
 * Nothing is left behind by the check.
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
            if (Files.isSymbolicLink(existing)) {
                throw new BadInputException("--out " + out + (existing.equals(dir) ? " is" : " is under")
                        + " a symbolic link to a missing directory (" + existing + " -> " + target(existing)
                        + "): create its target or give another --out");
            }
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new BadInputException("--out " + out + " cannot be created: "
                    + (existing == null ? "no existing parent" : existing + " is not a directory"));
        }
        if (!Files.isWritable(existing) || !Files.isExecutable(existing) || !canCreateIn(existing)) {
            throw new BadInputException("--out " + out + " is not writable: "
                    + (existing.equals(dir) ? "" : existing + " does not allow creating it; ")
                    + "choose a directory you may write to");
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * Whether a directory can be created in {@code dir}, by trying: permission bits do not tell
     * for root, nor for /proc, /sys or a read-only mount. The probe is removed at once.
     */
    private static boolean canCreateIn(Path dir) {
        try {
            Files.delete(Files.createTempDirectory(dir, ".sweep-probe-"));
            return true;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return false;
        }
    }
}
