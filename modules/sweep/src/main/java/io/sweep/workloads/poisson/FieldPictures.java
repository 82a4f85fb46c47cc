package io.sweep.workloads.poisson;

import io.sweep.config.study.DesignPoint;
import io.sweep.config.study.Domain;
import io.sweep.config.study.MeshSize;
import io.sweep.engine.TaskResult;
import io.sweep.results.FieldImage;
import io.sweep.results.VtuReader;
import io.sweep.solver.Mesh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * {@code fields/<key>.png}, a picture of u for each point, drawn by the parent once a slice is
 * complete: the pictures of one slice share one colour range (the slice's smallest min and
 * largest max), so they compare. The parent reads u back from the .vtu (a few milliseconds; it
 * keeps workers free of AWT) and draws several pictures at once.
 */
final class FieldPictures {
    static final String FIELDS = "fields";

    private final Domain domain;
    private final Set<String> drawnSlices = new HashSet<>();
    /** By label, not by the record: a record's first hashCode in a JVM builds method handles. */
    private final Map<String, Mesh> meshes = new ConcurrentHashMap<>();

    FieldPictures(Domain domain) {
        this.domain = domain;
    }

    /** Draws the slice's pictures unless done in this run already or still newer than every .vtu. */
    void draw(StudySlices.Slice slice, Map<String, TaskResult> results, Path outDir) throws IOException {
        List<DesignPoint> solved = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        boolean stale = false;
        for (DesignPoint p : slice.points()) {
            TaskResult r = results.get(p.key());
            if (r != null) {
                solved.add(p);
                min = Math.min(min, r.number("min"));
                max = Math.max(max, r.number("max"));
                Path png = pngOf(outDir, p.key());
                stale |= !Files.exists(png) || isNewer(outDir.resolve(PoissonOutputs.vtuOf(p.key())), png);
            }
        }
        String id = slice.pvd() + ":" + solved.stream().map(DesignPoint::key).collect(Collectors.joining(";"));
        if (solved.isEmpty() || !stale || !drawnSlices.add(id)) {
            return;
        }
        Files.createDirectories(outDir.resolve(FIELDS));
        // Axes and colour bar drawn once for the slice (every point of it is on the same domain).
        FieldImage.Frame frame = FieldImage.frame(mesh(solved.get(0).mesh()), min, max);
        try {
            (solved.size() > 1 ? solved.parallelStream() : solved.stream()).forEach(p -> {
                try {
                    double[] u = VtuReader.readPointData(outDir.resolve(PoissonOutputs.vtuOf(p.key())));
                    frame.write(pngOf(outDir, p.key()), mesh(p.mesh()), u, title(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Mesh mesh(MeshSize size) {
        return meshes.computeIfAbsent(size.label(), label -> Mesh.rectangle(domain.x0(), domain.y0(), domain.x1(),
                domain.y1(), size.nx(), size.ny()));
    }

    private static String title(DesignPoint p) {
        if (p.labels().isEmpty()) {
            return "u";
        }
        return "u, " + p.labels().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    static Path pngOf(Path outDir, String key) {
        return outDir.resolve(FIELDS).resolve(key + ".png");
    }

    private static boolean isNewer(Path a, Path b) throws IOException {
        return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b)) > 0;
    }
}
