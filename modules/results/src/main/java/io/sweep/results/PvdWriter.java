package io.sweep.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a ParaView collection (.pvd) with one DataSet per entry, sorted by timestep. ParaView
 * shows the timesteps (here α) on its time slider. Only the sweep's parent process calls this,
 * once per finished task, so a partial sweep already opens; the rewrite is atomic, so ParaView
 * never reads a half-written collection.
 */
public final class PvdWriter {
    private PvdWriter() {
    }

    /** Writes (or atomically rewrites) the collection. */
    public static void write(Path pvd, List<PvdEntry> entries) throws IOException {
        AtomicFiles.writeString(pvd, toXml(entries));
    }

    /** The collection as text; timesteps printed exactly ({@link Double#toString(double)}). */
    static String toXml(List<PvdEntry> entries) {
        List<PvdEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingDouble(PvdEntry::timestep));
        StringBuilder xml = new StringBuilder(128 + 96 * sorted.size());
        xml.append("<?xml version=\"1.0\"?>\n")
                .append("<VTKFile type=\"Collection\" version=\"1.0\" byte_order=\"LittleEndian\"")
                .append(" header_type=\"UInt64\">\n")
                .append("  <Collection>\n");
        for (PvdEntry entry : sorted) {
            requireValid(entry);
            xml.append("    <DataSet timestep=\"").append(entry.timestep())
                    .append("\" group=\"\" part=\"0\" file=\"").append(Xml.escape(entry.file()))
                    .append("\"/>\n");
        }
        xml.append("  </Collection>\n</VTKFile>\n");
        return xml.toString();
    }

    private static void requireValid(PvdEntry entry) {
        if (!Double.isFinite(entry.timestep())) {
            throw new IllegalArgumentException("timestep " + entry.timestep() + " of " + entry.file()
                    + " cannot go in a .pvd: ParaView needs a finite number");
        }
        String file = entry.file();
        if (file.isEmpty() || file.startsWith("/") || file.contains("\\")
                || file.matches("^[A-Za-z]:.*")) {
            throw new IllegalArgumentException("DataSet file '" + file + "' must be a path relative"
                    + " to the .pvd with '/' separators, so the sweep directory can be moved");
        }
    }
}
