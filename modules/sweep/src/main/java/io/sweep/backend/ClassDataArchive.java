package io.sweep.backend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32;

/**
 * AppCDS for worker JVMs (JDK 17 dynamic archives): the first worker of a run without an archive
 * writes one at exit ({@code -XX:ArchiveClassesAtExit}) under a temporary name, which is renamed
 * into place once that worker has exited cleanly; later workers map it
 * ({@code -XX:SharedArchiveFile}) and skip most class loading and verification. The archive lives
 * in a writable cache ({@code $SWEEP_CACHE_DIR}, else {@code ${XDG_CACHE_HOME:-$HOME/.cache}/sweep}),
 * never inside the installation, keyed by java, class path (with jar sizes and times) and JVM
 * options. A missing, full, read-only or damaged cache only costs start-up time:
 * <ul>
 * <li>JDK 17 crashes (SIGBUS, SIGABRT, an hs_err file) on a truncated archive, so an archive's
 *     name records its size when it is published ({@code worker-KEY-SIZE.jsa}), and one whose
 *     size differs is deleted, never mapped;
 * <li>a JVM whose exit-time dump cannot be written exits with status 1 and "Unable to write to
 *     shared archive file", so no worker dumps unless the cache has {@value #DUMP_ROOM_MB} MiB
 *     free (an archive takes 1-11 MB) and the directory is writable.
 * </ul>
 * {@code SWEEP_CDS=off} disables it (to measure what it saves).
 */
public final class ClassDataArchive {
    /** Free space a dump needs in the cache: several times an archive's size. */
    static final long DUMP_ROOM_MB = 64;
    private final Path cache;
    private final String stem;
    private final AtomicBoolean dumpClaimed = new AtomicBoolean();

    private ClassDataArchive(Path cache, String stem) {
        this.cache = cache;
        this.stem = stem;
    }

    /** The archive for these workers, or empty when CDS is off or no cache directory is usable. */
    public static Optional<ClassDataArchive> forWorkers(WorkerCommand command, Map<String, String> env) {
        if ("off".equalsIgnoreCase(env.getOrDefault("SWEEP_CDS", ""))) {
            return Optional.empty();
        }
        Path cache = cacheDir(env);
        if (cache == null) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(cache);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Files.isWritable(cache) ? Optional.of(new ClassDataArchive(cache, "worker-" + key(command)))
                : Optional.empty();
    }

    private static Path cacheDir(Map<String, String> env) {
        String explicit = env.get("SWEEP_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "sweep");
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "sweep");
    }

    private static String key(WorkerCommand command) {
        StringBuilder identity = new StringBuilder(command.java().toString())
                .append('|').append(System.getProperty("java.vm.version"))
                .append('|').append(String.join(" ", command.jvmArgs()));
        for (String entry : command.classPath().split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry);
            identity.append('|').append(jar.toAbsolutePath());
            try {
                identity.append(':').append(Files.size(jar)).append(':').append(Files.getLastModifiedTime(jar).toMillis());
            } catch (IOException e) {
                identity.append(":absent");
            }
        }
        // A cache key, not a security check: CRC32 and String.hashCode cost nothing at start-up,
        // where MessageDigest would first load and initialise the security providers.
        CRC32 crc = new CRC32();
        crc.update(identity.toString().getBytes(StandardCharsets.UTF_8));
        return String.format("%08x%08x", identity.toString().hashCode(), crc.getValue());
    }

    /** JVM options for the next worker; {@code dumps} tells whether that worker writes the archive. */
    public record Options(List<String> jvmArgs, boolean dumps) {
    }

    public Options nextWorker() {
        Optional<Path> archive = intact();
        if (archive.isPresent()) {
            return new Options(List.of("-XX:SharedArchiveFile=" + archive.get(), "-Xshare:auto"), false);
        }
        if (hasRoom() && dumpClaimed.compareAndSet(false, true)) {
            return new Options(List.of("-XX:ArchiveClassesAtExit=" + pending()), true);
        }
        return new Options(List.of(), false);
    }

    /**
     * The published archive whose size is still the one in its name; others of this key are
     * deleted (a truncated one would crash every worker that maps it).
     */
    Optional<Path> intact() {
        Path found = null;
        try (DirectoryStream<Path> archives = Files.newDirectoryStream(cache, stem + "-*.jsa")) {
            for (Path candidate : archives) {
                String name = candidate.getFileName().toString();
                String recorded = name.substring(stem.length() + 1, name.length() - ".jsa".length());
                if (found == null && recorded.equals(Long.toString(Files.size(candidate)))) {
                    found = candidate;
                } else {
                    deleteQuietly(candidate);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(found);
    }

    private boolean hasRoom() {
        try {
            return Files.getFileStore(cache).getUsableSpace() >= DUMP_ROOM_MB << 20;
        } catch (IOException e) {
            return false;
        }
    }

    private Path pending() {
        return cache.resolve(stem + ".jsa." + ProcessHandle.current().pid() + ".tmp");
    }

    /** After the dumping worker exited with {@code exitCode}: publish its archive, or drop it. */
    public void dumpingWorkerExited(int exitCode) {
        Path pending = pending();
        try {
            long size = Files.size(pending);
            if (exitCode == 0 && size > 0) {
                Files.move(pending, cache.resolve(stem + "-" + size + ".jsa"), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                removeStale();
            } else {
                Files.deleteIfExists(pending);
            }
        } catch (AtomicMoveNotSupportedException e) {
            deleteQuietly(pending);
        } catch (IOException e) {
            deleteQuietly(pending);
        }
    }

    /**
     * Archives of other builds (a rebuilt jar gets a new key) made over a week ago, and temporary
     * files a killed worker or launcher left over a day ago: a cache should not grow without bound.
     */
    private void removeStale() {
        long now = System.currentTimeMillis();
        try (java.util.stream.Stream<Path> files = Files.list(cache)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                long age = now - Files.getLastModifiedTime(file).toMillis();
                // Ours, and bin/sweep's own (parent-*), which has no JVM left to tidy up after it.
                boolean archiveFile = name.startsWith("worker-") || name.startsWith("parent-");
                boolean oldArchive = archiveFile && name.endsWith(".jsa") && age > 7 * 86_400_000L
                        && !name.startsWith(stem + "-");
                boolean oldTemporary = archiveFile && name.endsWith(".tmp") && age > 86_400_000L;
                if (oldArchive || oldTemporary) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException e) {
            // Tidying the cache is optional.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A stray temporary archive in a cache costs only disk space.
        }
    }
}
