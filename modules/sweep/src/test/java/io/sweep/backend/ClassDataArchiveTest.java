package io.sweep.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workers' archive, both kinds, with a stand-in java for the AOT cache's creation step (it
 * logs its arguments and writes the file named by -XX:AOTCache, or fails on demand).
 * DistributionIT, CacheFaultsIT and AotCacheIT run the same paths with real JVMs.
 */
class ClassDataArchiveTest {
    private static final String STEM = "worker-0123456789abcdef";
    private final long pid = ProcessHandle.current().pid();

    @TempDir
    Path cache;

    @TempDir
    Path bin;

    @Test
    void java17OneWorkerDumpsAtExitAndLaterWorkersMapTheArchiveNamedWithItsSize() throws Exception {
        ClassDataArchive archive = archive(false, 0);
        ClassDataArchive.Options first = archive.nextWorker();
        Path dump = cache.resolve(STEM + ".jsa." + pid + ".tmp");
        assertEquals(new ClassDataArchive.Options(List.of("-XX:ArchiveClassesAtExit=" + dump), true), first);
        assertEquals(new ClassDataArchive.Options(List.of(), false), archive.nextWorker(), "one dump per run");

        Files.writeString(dump, "archive\n");
        archive.dumpingWorkerExited(0);
        Path published = cache.resolve(STEM + "-8.jsa");
        assertEquals(List.of(published), files());
        assertEquals(List.of("-XX:SharedArchiveFile=" + published, "-Xshare:auto"), archive.nextWorker().jvmArgs());
    }

    @Test
    void java25OneWorkerRecordsQuietlyAndTheCacheIsCreatedFromItWithTheWorkersOptions() throws Exception {
        ClassDataArchive archive = archive(true, 0);
        ClassDataArchive.Options first = archive.nextWorker();
        Path record = cache.resolve(STEM + ".aotconf." + pid + ".tmp");
        assertTrue(first.dumps());
        assertEquals(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + record, "-XX:+UnlockDiagnosticVMOptions",
                "-XX:-DisplayVMOutput", "-Xlog:cds*=off", "-Xlog:aot*=off"), first.jvmArgs());
        assertEquals(new ClassDataArchive.Options(List.of(), false), archive.nextWorker(), "one record per run");

        Files.writeString(record, "record\n");
        archive.dumpingWorkerExited(0);
        Path published = cache.resolve(STEM + "-6.aot");
        assertEquals(List.of(cache.resolve("java.log"), published), files(),
                "the record and the temporary file are gone");
        assertEquals(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + record,
                "-XX:AOTCache=" + cache.resolve(STEM + ".aot." + pid + ".tmp"), "-Xlog:cds*=off", "-Xlog:aot*=off",
                "-XX:+UseSerialGC", "-Xmx64m", "-cp", "a.jar:b.jar"), Files.readAllLines(cache.resolve("java.log")));
        assertEquals(new ClassDataArchive.Options(List.of("-XX:AOTCache=" + published, "-Xlog:cds*=off",
                "-Xlog:aot*=off"), false), archive(true, 0).nextWorker());
    }

    @Test
    void java25ARecordOfAFailedWorkerOrAFailedCreationLeavesNoCache() throws Exception {
        ClassDataArchive failedWorker = archive(true, 0);
        Path record = cache.resolve(STEM + ".aotconf." + pid + ".tmp");
        failedWorker.nextWorker();
        Files.writeString(record, "record\n");
        failedWorker.dumpingWorkerExited(1);
        assertEquals(List.of(), files(), "no creation for a worker that failed");

        ClassDataArchive failedCreation = archive(true, 1);
        failedCreation.nextWorker();
        Files.writeString(record, "record\n");
        failedCreation.dumpingWorkerExited(0);
        assertEquals(List.of(cache.resolve("java.log")), files(), "the creation ran and failed: nothing published");
        assertTrue(failedCreation.nextWorker().jvmArgs().isEmpty(), "this run has claimed its record already");
    }

    @Test
    void anArchiveOfAnotherSizeThanItsNameIsDeletedNotMapped() throws Exception {
        Files.writeString(cache.resolve(STEM + "-6.aot"), "cac");
        ClassDataArchive.Options options = archive(true, 0).nextWorker();
        assertTrue(options.dumps(), "records again: " + options);
        assertFalse(Files.exists(cache.resolve(STEM + "-6.aot")));
    }

    @Test
    void workersWhoseOptionsChooseTheirOwnSharingGetNoArchive() throws Exception {
        Map<String, String> env = Map.of("SWEEP_CACHE_DIR", cache.toString());
        assertTrue(ClassDataArchive.forWorkers(new WorkerCommand(bin.resolve("java"), List.of("-Xmx64m"), "a.jar"), env)
                .isPresent());
        for (String own : List.of("-Xshare:off", "-XX:SharedArchiveFile=/x.jsa", "-XX:AOTCache=/x.aot")) {
            assertEquals(Optional.empty(), ClassDataArchive.forWorkers(new WorkerCommand(bin.resolve("java"),
                    List.of("-Xmx64m", own), "a.jar"), env), own);
        }
        assertEquals(Optional.empty(), ClassDataArchive.forWorkers(new WorkerCommand(bin.resolve("java"),
                List.of("-Xmx64m"), "a.jar"), Map.of("SWEEP_CACHE_DIR", cache.toString(), "SWEEP_CDS", "off")));
    }

    /** An archive in a cache whose creation step is a stand-in java that exits with {@code createStatus}. */
    private ClassDataArchive archive(boolean aot, int createStatus) throws Exception {
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" >'" + cache.resolve("java.log") + "'\n"
                + "for a in \"$@\"; do case $a in -XX:AOTCache=*) echo cache >\"${a#*=}\";; esac; done\n"
                + "exit " + createStatus + "\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new ClassDataArchive(cache, STEM, new WorkerCommand(java, List.of("-XX:+UseSerialGC", "-Xmx64m"),
                "a.jar:b.jar"), aot);
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> files = Files.list(cache)) {
            return files.sorted().toList();
        }
    }
}
