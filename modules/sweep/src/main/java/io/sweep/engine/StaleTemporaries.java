package io.sweep.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hidden temporary files ({@code .<name>.tmp-<random>}, see
 * {@link io.sweep.results.AtomicFiles}) that writers killed mid-write left in an output
 * directory. Removed at the start of a run, under the directory's lock: no writer of this sweep
 * is running then, and none of them is ever mistaken for an output.
 */
final class StaleTemporaries {
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.tmp-[^/]*");

    private StaleTemporaries() {
    }

    /** Deletes them; returns how many there were. */
    static int remove(Path outDir) throws IOException {
        List<Path> stale;
        try (Stream<Path> files = Files.walk(outDir)) {
            stale = files.filter(f -> TEMPORARY.matcher(f.getFileName().toString()).matches())
                    .filter(Files::isRegularFile).toList();
        }
        for (Path file : stale) {
            Files.deleteIfExists(file);
        }
        return stale.size();
    }
}
