package io.sweep.workloads.poisson;

import io.sweep.config.AlphaList;
import io.sweep.config.BadInputException;
import io.sweep.config.Cpus;
import io.sweep.config.Numbers;
import io.sweep.config.SweepSpec;
import io.sweep.engine.Summary;
import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;
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

/**
 * The parent side of the main job: one task per α on an n x n unit square; as results arrive it
 * keeps sweep.pvd current and draws each α's field, and at the end it writes the norms table and
 * plot ({@link PoissonOutputs}).
 */
public final class PoissonWorkload implements Workload {
    static final int MAX_MESH = 16384;
    /** From this mesh size on, workers also run C2: a solve takes seconds, the compiler pays for itself. */
    static final int OPTIMISED_MESH = 512;

    private final List<Double> alphas;
    private final int mesh;
    private final VtuEncoding encoding;
    private final boolean fieldImages;
    private final int threads;
    private final PoissonOutputs outputs;

    public PoissonWorkload(PoissonOptions options, SweepSpec spec) {
        this.alphas = AlphaList.parse(options.alphas);
        this.mesh = Numbers.wholeAtLeast(options.mesh, 1, "--mesh");
        if (mesh > MAX_MESH) {
            throw new BadInputException("--mesh " + mesh + " is too large: use at most " + MAX_MESH);
        }
        this.encoding = encoding(options.vtuEncoding);
        this.fieldImages = fieldImages(options.fieldImages);
        this.threads = options.threads == null
                ? defaultThreads(Cpus.available(), alphas.size(), spec.procs())
                : Numbers.wholeAtLeast(options.threads, 1, "--threads");
        this.outputs = new PoissonOutputs(mesh, fieldImages);
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

    /** The task key of one α: file-name safe, and the same α always gives the same key. */
    static String key(double alpha) {
        return "alpha=" + alpha;
    }

    @Override
    public List<Task> plan() {
        List<Task> tasks = new ArrayList<>();
        for (double alpha : alphas) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put(PoissonRunner.ALPHA, Double.toString(alpha));
            params.put(PoissonRunner.MESH, Integer.toString(mesh));
            params.put(PoissonRunner.ENCODING, encoding.name());
            params.put(PoissonRunner.THREADS, Integer.toString(threads));
            tasks.add(new Task(key(alpha), name(), params));
        }
        return tasks;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("alphas", alphas);
        map.putAll(problem());
        map.put("field_images", fieldImages ? "all" : "none");
        map.put("threads", threads);
        return map;
    }

    @Override
    public Map<String, Object> problem() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("mesh", mesh);
        map.put("vtu_encoding", encoding.name().toLowerCase(Locale.ROOT));
        return map;
    }

    @Override
    public Map<String, Object> describe(Task task) {
        return Map.of("alpha", task.doubleParam(PoissonRunner.ALPHA));
    }

    @Override
    public long workerHeapBytes() {
        return PoissonSolver.estimatedBytes(mesh, mesh);
    }

    @Override
    public boolean workersOptimise() {
        return mesh >= OPTIMISED_MESH;
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
        return outputs.finish(done, outDir);
    }
}
