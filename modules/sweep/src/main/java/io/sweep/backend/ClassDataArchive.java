package io.sweep.backend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32;

/**
 * Class-data sharing for worker JVMs. On Java 17 to 24 a dynamic archive: the first worker of a
 * run without an archive writes one at exit ({@code -XX:ArchiveClassesAtExit}) under a temporary
 * name, which is renamed into place once that worker has exited cleanly; later workers map it
 * ({@code -XX:SharedArchiveFile}) and skip most class loading and verification. On Java 25 and
 * newer an AOT cache (JEP 483: classes also linked, lambdas and method handles resolved ahead of
 * time): the first worker records what it loads ({@code -XX:AOTMode=record}), and once it has
 * exited cleanly, at the end of that run, one more JVM creates the cache from the record
 * ({@code -XX:AOTMode=create}, about a second, once); later workers start with
 * {@code -XX:AOTCache}. The archive lives
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
 * {@code SWEEP_CDS=off} disables it (to measure what it saves), and so do sharing options of the
 * user's own among the workers' options.
 */
public final class ClassDataArchive {
    /** Free space a dump needs in the cache: several times an archive's size. */
    static final long DUMP_ROOM_MB = 64;
    /** The same for an AOT record (~15 MB) and the cache made from it (~30 MB). */
    static final long AOT_ROOM_MB = 128;
    /** The first Java whose AOT cache the workers use instead of a dynamic archive. */
    static final int AOT_SINCE = 25;
    /** Longest wait for the JVM that creates an AOT cache (it takes about a second). */
    private static final long CREATE_SECONDS = 120;
    /** What the JVMs print about classes they cannot archive goes to stdout, the workers' pipe. */
    private static final List<String> QUIET = List.of("-Xlog:cds*=off", "-Xlog:aot*=off");
    private final Path cache;
    private final String stem;
    private final WorkerCommand command;
    private final boolean aot;
    private final AtomicBoolean dumpClaimed = new AtomicBoolean();

    ClassDataArchive(Path cache, String stem, WorkerCommand command, boolean aot) {
        this.cache = cache;
        this.stem = stem;
        this.command = command;
        this.aot = aot;
    }

    /** The archive for these workers, or empty when CDS is off or no cache directory is usable. */
    public static Optional<ClassDataArchive> forWorkers(WorkerCommand command, Map<String, String> env) {
        if ("off".equalsIgnoreCase(env.getOrDefault("SWEEP_CDS", "")) || sharesOnItsOwn(command)) {
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
        // Workers run this JVM's java (WorkerCommand.ofThisJvm), so its version is theirs.
        return Files.isWritable(cache) ? Optional.of(new ClassDataArchive(cache, "worker-" + key(command), command,
                Runtime.version().feature() >= AOT_SINCE)) : Optional.empty();
    }

    /**
     * Whether the workers' options (SWEEP_WORKER_JAVA_OPTS) choose class-data sharing themselves:
     * then no archive of ours, which the JVM would refuse beside them (a record run beside
     * -Xshare:off, two archives).
     */
    private static boolean sharesOnItsOwn(WorkerCommand command) {
        return command.jvmArgs().stream().anyMatch(o -> o.startsWith("-Xshare:") || o.contains("SharedArchiveFile")
                || o.contains("ArchiveClassesAtExit") || o.startsWith("-XX:AOT") || o.contains("SharedClassListFile")
                || o.contains("DumpLoadedClassList"));
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
            return new Options(aot ? quiet("-XX:AOTCache=" + archive.get())
                    : List.of("-XX:SharedArchiveFile=" + archive.get(), "-Xshare:auto"), false);
        }
        if (hasRoom() && dumpClaimed.compareAndSet(false, true)) {
            // A record run also prints a line on stdout as it exits, which no -Xlog silences.
            return new Options(aot ? quiet("-XX:AOTMode=record", "-XX:AOTConfiguration=" + pending(),
                    "-XX:+UnlockDiagnosticVMOptions", "-XX:-DisplayVMOutput")
                    : List.of("-XX:ArchiveClassesAtExit=" + pending()), true);
        }
        return new Options(List.of(), false);
    }

    private static List<String> quiet(String... options) {
        List<String> all = new ArrayList<>(List.of(options));
        all.addAll(QUIET);
        return all;
    }

    /** {@code .aot} (Java 25+) or {@code .jsa}: what a published archive's name ends with. */
    private String extension() {
        return aot ? ".aot" : ".jsa";
    }

    /**
     * The published archive whose size is still the one in its name; others of this key are
     * deleted (a truncated one would crash every worker that maps it).
     */
    Optional<Path> intact() {
        Path found = null;
        try (DirectoryStream<Path> archives = Files.newDirectoryStream(cache, stem + "-*" + extension())) {
            for (Path candidate : archives) {
                String name = candidate.getFileName().toString();
                String recorded = name.substring(stem.length() + 1, name.length() - extension().length());
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
            return Files.getFileStore(cache).getUsableSpace() >= (aot ? AOT_ROOM_MB : DUMP_ROOM_MB) << 20;
        } catch (IOException e) {
            return false;
        }
    }

    /** What the dumping worker writes as it exits: the archive, or the AOT record. */
    private Path pending() {
        return cache.resolve(stem + (aot ? ".aotconf." : ".jsa.") + ProcessHandle.current().pid() + ".tmp");
    }

    /**
     * After the dumping worker exited with {@code exitCode}: publish its archive (or the AOT cache
     * created from its record), or drop it.
     */
    public void dumpingWorkerExited(int exitCode) {
        Path pending = pending();
        Path made = aot ? cache.resolve(stem + ".aot." + ProcessHandle.current().pid() + ".tmp") : pending;
        try {
            if (exitCode == 0 && Files.size(pending) > 0 && (!aot || create(pending, made))) {
                long size = Files.size(made);
                Files.move(made, cache.resolve(stem + "-" + size + extension()), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                removeStale();
            }
        } catch (AtomicMoveNotSupportedException e) {
            // Left to the finally block: never a half-copied archive under a published name.
        } catch (IOException e) {
            // No record, or no room: this run's workers simply had no archive.
        } finally {
            deleteQuietly(pending);
            deleteQuietly(made);
        }
    }

    /**
     * Creates the AOT cache {@code made} from a worker's record, with the workers' own JVM options
     * and class path; true when that JVM succeeded. Its output is dropped (it lists the classes
     * it skips); a record that a killed worker left incomplete fails here.
     */
    private boolean create(Path record, Path made) throws IOException {
        List<String> create = new ArrayList<>(List.of(command.java().toString(), "-XX:AOTMode=create",
                "-XX:AOTConfiguration=" + record, "-XX:AOTCache=" + made));
        create.addAll(QUIET);
        create.addAll(command.jvmArgs());
        create.addAll(List.of("-cp", command.classPath()));
        Process process = new ProcessBuilder(create).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        try {
            if (!process.waitFor(CREATE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
        return process.exitValue() == 0 && Files.size(made) > 0;
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
                boolean oldArchive = archiveFile && (name.endsWith(".jsa") || name.endsWith(".aot"))
                        && age > 7 * 86_400_000L && !name.startsWith(stem + "-");
                boolean oldTemporary = archiveFile && (name.endsWith(".tmp") || name.endsWith(".aotconf"))
                        && age > 86_400_000L;
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
