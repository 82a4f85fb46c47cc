package io.sweep.results;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomicFilesTest {
    @TempDir
    Path directory;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAndReplacesLeavingNoTemporary() throws IOException {
        Path target = directory.resolve("manifest.json");
        AtomicFiles.writeString(target, "first");
        AtomicFiles.writeString(target, "second, longer");
        assertEquals("second, longer", Files.readString(target));
        assertEquals(List.of("manifest.json"), names());
    }

    @Test
    void aFailingBodyLeavesTheOldFileAndNoTemporary() throws IOException {
        Path target = directory.resolve("sweep.pvd");
        AtomicFiles.writeString(target, "old content");
        IOException failure = new IOException("disk full");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw failure;
        }));
        assertSame(failure, thrown.getCause());
        assertEquals("cannot write " + target.toAbsolutePath() + ": disk full", thrown.getMessage(),
                "the message names the file");
        assertEquals("old content", Files.readString(target));
        assertEquals(List.of("sweep.pvd"), names());
    }

    @Test
    void aFailingFirstWriteLeavesNothing() throws IOException {
        Path target = directory.resolve("u.vtu");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("bug in a writer");
        }));
        assertEquals(List.of(), names());
    }

    @Test
    void temporaryNamesAreHiddenAndNeverLookFinished() {
        Path temporary = AtomicFiles.temporaryFor(directory.resolve("u_alpha_1.vtu"));
        String name = temporary.getFileName().toString();
        assertTrue(name.startsWith(".u_alpha_1.vtu.tmp-"), name);
        assertFalse(name.endsWith(".vtu"), name);
        assertEquals(directory, temporary.getParent());
    }

    @Test
    void aWriteReturnsTheStandardCrc32cOfWhatIsOnDisk() throws IOException {
        Path file = directory.resolve("check");
        // The CRC-32C check value of RFC 3720 (iSCSI), appendix B.4.
        assertEquals(new FileSum(9, "e3069283"), AtomicFiles.writeString(file, "123456789"));
        assertEquals(new FileSum(9, "e3069283"), FileSum.of(file));
        assertEquals(new FileSum(0, "00000000"), AtomicFiles.writeString(directory.resolve("empty"), ""));
        byte[] large = new byte[300_000];
        new java.util.Random(7).nextBytes(large);
        Path big = directory.resolve("big");
        FileSum written = AtomicFiles.write(big, out -> {
            out.write(large, 0, 1);
            out.write(large[1]);
            out.write(large, 2, large.length - 2);
        });
        assertEquals(FileSum.of(big), written, "summed in the writing pass, bytes written one by one too");
        assertEquals(large.length, written.bytes());
        java.util.zip.CRC32C independent = new java.util.zip.CRC32C();
        independent.update(Files.readAllBytes(big));
        assertEquals(String.format("%08x", independent.getValue()), written.crc32c());
    }

    @Test
    void temporariesOfKilledWritersAreRecognisedAndRemovedAloneFromOneDirectory() throws IOException {
        Path target = directory.resolve("u.vtu");
        Path leftover = Files.writeString(AtomicFiles.temporaryFor(target), "half written");
        Files.writeString(target, "kept");
        Files.writeString(directory.resolve(".hidden.tmp-notes"), "not ours: not hex");
        Path below = Files.createDirectories(directory.resolve("fields"));
        Path deeper = Files.writeString(AtomicFiles.temporaryFor(below.resolve("a.png")), "x");
        assertTrue(AtomicFiles.isTemporary(leftover));
        assertFalse(AtomicFiles.isTemporary(target));
        AtomicFiles.removeTemporaries(directory);
        assertEquals(List.of(".hidden.tmp-notes", "fields", "u.vtu"), names());
        assertTrue(Files.exists(deeper), "only the directory given");
    }
}
