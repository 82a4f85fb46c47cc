package io.sweep.results;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PvdWriterTest {
    private static final Pattern DATASET =
            Pattern.compile("<DataSet timestep=\"([^\"]+)\" group=\"\" part=\"0\" file=\"([^\"]+)\"/>");

    @TempDir
    Path directory;

    @Test
    void oneSortedDataSetPerEntryWithExactTimesteps() throws IOException {
        Path pvd = directory.resolve("sweep.pvd");
        double awkward = 0.1 + 0.2;
        PvdWriter.write(pvd, List.of(new PvdEntry(100, "vtu/u_100.vtu"),
                new PvdEntry(awkward, "vtu/u_0.3.vtu"), new PvdEntry(1e-7, "vtu/u_tiny.vtu")));
        String text = Files.readString(pvd);
        assertTrue(text.contains("<VTKFile type=\"Collection\" version=\"1.0\""), text);
        List<Double> times = new ArrayList<>();
        List<String> files = new ArrayList<>();
        Matcher m = DATASET.matcher(text);
        while (m.find()) {
            times.add(Double.parseDouble(m.group(1)));
            files.add(m.group(2));
        }
        assertEquals(List.of(1e-7, awkward, 100.0), times);
        assertEquals(List.of("vtu/u_tiny.vtu", "vtu/u_0.3.vtu", "vtu/u_100.vtu"), files);
    }

    @Test
    void rewritingReplacesTheCollection() throws IOException {
        Path pvd = directory.resolve("sweep.pvd");
        PvdWriter.write(pvd, List.of(new PvdEntry(1, "a.vtu")));
        PvdWriter.write(pvd, List.of(new PvdEntry(1, "a.vtu"), new PvdEntry(0.5, "b.vtu")));
        String text = Files.readString(pvd);
        assertTrue(text.indexOf("b.vtu") < text.indexOf("a.vtu"), text);
        try (var files = Files.list(directory)) {
            assertEquals(1, files.count(), "no temporary left");
        }
    }

    @Test
    void refusesAbsolutePathsAndNonFiniteTimes() {
        Path pvd = directory.resolve("sweep.pvd");
        assertThrows(IllegalArgumentException.class,
                () -> PvdWriter.write(pvd, List.of(new PvdEntry(1, "/tmp/a.vtu"))));
        assertThrows(IllegalArgumentException.class,
                () -> PvdWriter.write(pvd, List.of(new PvdEntry(Double.NaN, "a.vtu"))));
        assertTrue(Files.notExists(pvd));
    }

    @Test
    void escapesFileNames() {
        String xml = PvdWriter.toXml(List.of(new PvdEntry(1, "R&D/u \"1\".vtu")));
        assertTrue(xml.contains("file=\"R&amp;D/u &quot;1&quot;.vtu\""), xml);
    }
}
