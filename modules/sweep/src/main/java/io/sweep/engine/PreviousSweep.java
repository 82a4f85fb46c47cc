package io.sweep.engine;

import io.sweep.results.AtomicFiles;
import io.sweep.results.Json;
import io.sweep.config.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What an output directory already holds, checked before a sweep writes into it: nothing, a
 * sweep of the same problem (resume), a sweep of another problem (refused unless --force), or
 * files that are no sweep at all (refused unless --force).
 */
public final class PreviousSweep {
    private PreviousSweep() {
    }

    /** Throws {@link BadInputException} when the directory may not be used for this sweep. */
    public static void check(Path out, String workload, Map<String, Object> problem, boolean force) {
        if (force || !Files.isDirectory(out)) {
            return;
        }
        Path manifest = out.resolve(Manifest.FILE_NAME);
        if (!Files.exists(manifest)) {
            if (!isEmptyOrOnlyLock(out)) {
                throw new BadInputException("--out " + out + " is not empty and holds no sweep (no "
                        + Manifest.FILE_NAME + "): choose a new or empty directory, or add --force");
            }
            return;
        }
        Map<String, Object> previous = read(manifest);
        Object previousWorkload = previous.get("workload");
        Object previousProblem = previous.get("problem");
        Object currentProblem = normalise(problem);
        if (!Objects.equals(previousWorkload, workload) || !Objects.equals(previousProblem, currentProblem)) {
            throw new BadInputException("--out " + out + " holds a " + previousWorkload + " sweep with " + previousProblem
                    + ", not " + workload + " with " + currentProblem
                    + ": choose another --out, or add --force to redo it");
        }
    }

    private static boolean isEmptyOrOnlyLock(Path out) {
        try (Stream<Path> files = Files.list(out)) {
            // A first run killed while writing its first manifest leaves the lock and a temporary.
            return files.allMatch(p -> p.getFileName().toString().equals(OutputLock.FILE_NAME)
                    || AtomicFiles.isTemporary(p));
        } catch (IOException e) {
            throw new BadInputException("--out " + out + " cannot be listed: " + e.getMessage());
        }
    }

    private static Map<String, Object> read(Path manifest) {
        try {
            return Json.readObject(Files.readString(manifest));
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(manifest + " is unreadable (" + e.getMessage()
                    + "): choose another --out, or add --force to redo the sweep");
        }
    }

    /** The problem as it reads back from JSON, so that 256 and 256L compare equal. */
    static Object normalise(Map<String, Object> problem) {
        try {
            return Json.read(Json.write(problem));
        } catch (IOException e) {
            throw new IllegalStateException("a problem description must be JSON", e);
        }
    }
}
