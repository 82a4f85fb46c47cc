package io.sweep.workloads.poisson;

import io.sweep.config.BadInputException;
import io.sweep.config.Cpus;
import io.sweep.config.Numbers;
import io.sweep.config.SweepSpec;
import io.sweep.config.study.Convergence;
import io.sweep.config.study.DesignPoint;
import io.sweep.config.study.MeshSize;
import io.sweep.config.study.Study;
import io.sweep.config.study.StudyInput;
import io.sweep.engine.Summary;
import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;
import io.sweep.engine.Unfinished;
import io.sweep.engine.Workload;
import io.sweep.results.VtuEncoding;
import io.sweep.solver.PoissonSolver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parent side of a Poisson study: one task per point of the design (by default the seminar's
 * α sweep on a 256x256 unit square). As results arrive it keeps the collections, the norms table
 * and the field pictures current, and at the end writes the plot ({@link PoissonOutputs}).
 */
public final class PoissonWorkload implements Workload {
    /** From this mesh size on, workers also run C2: a solve takes seconds, the compiler pays for itself. */
    static final int OPTIMISED_MESH = 512;

    private final Study study;
    private final Optional<Convergence> convergence;
    private final List<DesignPoint> points;
    private final VtuEncoding encoding;
    private final boolean fieldImages;
    private final int threads;
    private final PoissonOutputs outputs;

    public PoissonWorkload(PoissonOptions options, SweepSpec spec) {
        this.study = Study.parse(new StudyInput(options.source, options.flux, options.dirichlet, options.dirichletOn,
                options.domain, options.mesh, options.alphas, options.params, options.design, options.timeParam));
        this.convergence = Convergence.of(options.exact, study);
        this.points = study.design().points();
        this.encoding = encoding(options.vtuEncoding);
        this.fieldImages = fieldImages(options.fieldImages);
        FiniteData.check(study, points);
        this.outputs = new PoissonOutputs(study, points, fieldImages, convergence);
        this.threads = options.threads == null
                ? defaultThreads(Cpus.available(), points.size(), spec.procs())
                : Numbers.wholeAtLeast(options.threads, 1, "--threads");
    }

    /** The CPUs left over when fewer tasks than CPUs run at once, shared evenly; else 1. */
    static int defaultThreads(int cpus, int tasks, int procs) {
        int atOnce = Math.max(1, Math.min(tasks, procs));
        return Math.max(1, cpus / atOnce);
    }

    private static boolean fieldImages(String text) {
        return switch (text.strip()) {
            case "all" -> true;
            case "none" -> false;
            default -> throw new BadInputException("--field-images '" + text + "' is invalid: use all or none");
        };
    }

    private static VtuEncoding encoding(String text) {
        try {
            return VtuEncoding.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--vtu-encoding '" + text + "' is invalid: use raw, base64, zlib or ascii");
        }
    }

    @Override
    public String name() {
        return "poisson";
    }

    @Override
    public List<Task> plan() {
        List<Task> tasks = new ArrayList<>();
        for (DesignPoint point : points) {
            Map<String, String> params = PoissonRunner.params(study, point, encoding,
                    convergence.flatMap(Convergence::exact));
            params.put(PoissonRunner.THREADS, Integer.toString(threads));
            tasks.add(new Task(point.key(), name(), params));
        }
        return tasks;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> map = new LinkedHashMap<>(study.describe());
        map.put("vtu_encoding", encoding.name().toLowerCase(Locale.ROOT));
        map.put("field_images", fieldImages ? "all" : "none");
        study.superposed().ifPresent(name -> map.put("superposed", name));
        map.put("threads", threads);
        return map;
    }

    /**
     * The problem (expressions, sides, domain, encoding, and the mesh unless it is swept): another
     * one into the same --out is refused unless --force, while points added to the design resume.
     */
    @Override
    public Map<String, Object> problem() {
        Map<String, Object> map = new LinkedHashMap<>(study.problem().describe());
        if (!study.design().meshSwept()) {
            map.put("mesh", study.design().meshes().get(0).label());
        }
        map.put("vtu_encoding", encoding.name().toLowerCase(Locale.ROOT));
        // Kept errors were measured against this exact solution: another one is another problem.
        convergence.flatMap(Convergence::exact).ifPresent(e -> map.put("exact", e.text()));
        return map;
    }

    @Override
    public List<String> expectedFiles(Task task) {
        return List.of(PoissonRunner.VTU);
    }

    @Override
    public Map<String, Object> describe(Task task) {
        return PoissonOutputs.parameters(outputs.point(task.key()));
    }

    @Override
    public long workerHeapBytes() {
        long bytes = 0;
        for (MeshSize mesh : study.design().meshes()) {
            bytes = Math.max(bytes, PoissonSolver.estimatedBytes(mesh.nx(), mesh.ny()));
        }
        return bytes;
    }

    @Override
    public boolean workersOptimise() {
        return study.design().meshes().stream().anyMatch(m -> Math.max(m.nx(), m.ny()) >= OPTIMISED_MESH);
    }

    @Override
    public void warmUp() {
        outputs.warmUp();
    }

    @Override
    public void progress(List<TaskResult> doneSoFar, Path outDir) throws IOException {
        outputs.update(doneSoFar, outDir);
    }

    @Override
    public Summary finish(List<TaskResult> done, Path outDir) throws IOException {
        return outputs.finish(done, List.of(), outDir);
    }

    /** norms.csv and norms.json list the α that did not finish too, with their failure class. */
    @Override
    public Summary finish(List<TaskResult> done, List<Unfinished> unfinished, Path outDir) throws IOException {
        return outputs.finish(done, unfinished, outDir);
    }
}
