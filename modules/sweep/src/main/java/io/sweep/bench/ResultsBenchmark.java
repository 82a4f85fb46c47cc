package io.sweep.bench;

import io.sweep.results.FieldImage;
import io.sweep.results.NormsPlot;
import io.sweep.results.NormsRow;
import io.sweep.results.PlotWarmUp;
import io.sweep.results.VtuEncoding;
import io.sweep.results.VtuWriter;
import io.sweep.solver.Mesh;
import io.sweep.solver.Norms;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Measures the writers of the results module (issue 4's targets): one n = 256 .vtu per encoding,
 * warm (≤ 20 ms for the default encoding), and all plots of a 4-α sweep (norms.png and four field
 * images) in one JVM, cold (a fresh JVM per run, so class loading and font set-up count) and warm
 * (≤ 0.5 s), and cold again after {@link PlotWarmUp} (what a sweep's parent sees when it warms
 * up in the background while the first tasks solve). Prints medians of several runs. The field is synthetic, smooth and full-precision,
 * the same size as the seminar's problem.
 *
 * <pre>
 * java -cp modules/sweep/target/sweep.jar io.sweep.bench.ResultsBenchmark [--runs N] [--keep DIR]
 * </pre>
 * {@code --keep DIR} also writes the example pictures (norms.png, u_alpha_10.png) to DIR.
 */
public final class ResultsBenchmark {
    private static final int N = 256;
    private static final List<Double> ALPHAS = List.of(0.1, 1.0, 10.0, 100.0);
    private static final String COLD_PLOTS = "--cold-plots";
    private static final String WARM_UP = "--after-warm-up";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ResultsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (args.length >= 2 && args[0].equals(COLD_PLOTS)) {
            Path directory = Files.createDirectories(Path.of(args[1]));
            Sweep sweep = Sweep.synthetic();
            if (args.length == 3 && args[2].equals(WARM_UP)) {
                PlotWarmUp.run();
            }
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sweep.plot(directory);
            System.out.println((System.nanoTime() - start) / 1e6 + " "
                    + (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6);
            return;
        }
        int runs = 9;
        Path keep = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--keep" -> keep = Path.of(args[++i]);
                default -> {
                    System.err.println("unknown option " + args[i] + "; accepted: --runs N, --keep DIR");
                    System.exit(2);
                }
            }
        }
        Path scratch = Files.createTempDirectory("sweep-results-bench");
        try {
            run(runs, scratch, keep);
        } finally {
            deleteTree(scratch);
        }
    }

    private static void run(int runs, Path scratch, Path keep) throws Exception {
        Sweep sweep = Sweep.synthetic();
        System.out.printf(Locale.ROOT, "results benchmark: n = %d (%d vertices), %d runs, medians;"
                + " load average %.1f on %d cores%n", N, sweep.mesh.vertexCount(), runs,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-36s %9s %9s %9s%n", "what", "wall ms", "cpu ms", "size");
        double[] u = sweep.fields.get(2);
        for (VtuEncoding encoding : VtuEncoding.values()) {
            Path file = scratch.resolve("u_" + encoding + ".vtu");
            Runnable write = () -> writeVtu(file, sweep.mesh, u, encoding);
            Timing timing = medianMillis(write, runs, encoding == VtuEncoding.ASCII ? 2 : 10);
            print("write .vtu, " + encoding.name().toLowerCase(Locale.ROOT) + ", warm", timing,
                    String.format(Locale.ROOT, "%.2f MB", Files.size(file) / 1e6));
        }

        int coldRuns = Math.max(3, runs / 2);
        double[][] cold = new double[2][coldRuns];
        double[][] warmedUp = new double[2][coldRuns];
        for (int r = 0; r < coldRuns; r++) {
            double[] plain = coldPlotsInFreshJvm(scratch.resolve("cold-" + r), false);
            double[] afterWarmUp = coldPlotsInFreshJvm(scratch.resolve("warmed-up-" + r), true);
            for (int k = 0; k < 2; k++) {
                cold[k][r] = plain[k];
                warmedUp[k][r] = afterWarmUp[k];
            }
        }
        print("all plots (norms + 4 fields), cold", new Timing(median(cold[0]), median(cold[1])), "");
        print("  same, after PlotWarmUp.run()",
                new Timing(median(warmedUp[0]), median(warmedUp[1])), "");
        Path plots = Files.createDirectories(scratch.resolve("warm"));
        print("all plots (norms + 4 fields), warm", medianMillis(() -> sweep.plotUnchecked(plots),
                runs, 3), "");
        print("  of which norms.png, warm", medianMillis(() -> sweep.normsUnchecked(plots),
                runs, 3), "");

        if (keep != null) {
            Files.createDirectories(keep);
            sweep.plot(keep);
            System.out.println("example pictures written to " + keep);
        }
    }

    private static void print(String what, Timing timing, String size) {
        System.out.printf(Locale.ROOT, "%-36s %9.1f %9.1f %9s%n", what, timing.wall(), timing.cpu(),
                size);
    }

    private static void writeVtu(Path file, Mesh mesh, double[] u, VtuEncoding encoding) {
        try {
            VtuWriter.write(file, mesh, u, VtuWriter.fieldData(10.0, mesh), encoding);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the plots in a new JVM with this one's class path; returns its wall and CPU ms. */
    private static double[] coldPlotsInFreshJvm(Path directory, boolean warmUp) throws Exception {
        Files.createDirectories(directory);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), ResultsBenchmark.class.getName(),
                COLD_PLOTS, directory.toString(), warmUp ? WARM_UP : "")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes()).trim();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("cold plot run failed: " + output);
        }
        String[] fields = output.split(" ");
        return new double[] {Double.parseDouble(fields[0]), Double.parseDouble(fields[1])};
    }

    /** Median wall and CPU (this thread) milliseconds of {@code runs} runs after a warm-up. */
    private static Timing medianMillis(Runnable work, int runs, int warmup) {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int r = 0; r < runs; r++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.run();
            wall[r] = (System.nanoTime() - start) / 1e6;
            cpu[r] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        return new Timing(median(wall), median(cpu));
    }

    /** Milliseconds: elapsed, and CPU time of the measuring thread (less sensitive to load). */
    private record Timing(double wall, double cpu) {
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** A 4-α sweep's results: the mesh, one field per α and the norms table. */
    private record Sweep(Mesh mesh, List<double[]> fields, List<NormsRow> rows) {

        /**
         * u = α·(a Gaussian bump at the centre) + sin(5x)-driven flux shape: smooth, shaped like
         * the seminar's solution, every value using the full mantissa.
         */
        static Sweep synthetic() {
            Mesh mesh = Mesh.unitSquare(N, N);
            List<double[]> fields = new ArrayList<>();
            List<NormsRow> rows = new ArrayList<>();
            for (double alpha : ALPHAS) {
                double[] u = new double[mesh.vertexCount()];
                for (int k = 0; k < u.length; k++) {
                    double x = mesh.x(k);
                    double y = mesh.y(k);
                    double r2 = (x - 0.5) * (x - 0.5) + (y - 0.5) * (y - 0.5);
                    double bump = 0.05 * Math.exp(-r2 / 0.02) * Math.sin(Math.PI * x);
                    double flux = 0.1 * Math.sin(5 * x) * Math.sin(Math.PI * x) * Math.cos(Math.PI * y);
                    u[k] = alpha * bump + flux;
                }
                fields.add(u);
                rows.add(new NormsRow(alpha, norms(u), 1.0, "done"));
            }
            return new Sweep(mesh, fields, rows);
        }

        private static Norms norms(double[] u) {
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double value : u) {
                sum += value * value;
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
            // The L2 and H1 stand-ins only shape the plot; the solver computes the real ones.
            double l2 = Math.sqrt(sum);
            return new Norms(l2, l2 / N, 4 * l2 / N, min, max);
        }

        void plot(Path directory) throws IOException {
            NormsPlot.write(directory.resolve("norms.png"), rows);
            for (int i = 0; i < ALPHAS.size(); i++) {
                double alpha = ALPHAS.get(i);
                FieldImage.write(directory.resolve("u_alpha_" + alpha + ".png"), mesh,
                        fields.get(i), "u, \u03b1 = " + alpha);
            }
        }

        void plotUnchecked(Path directory) {
            try {
                plot(directory);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        void normsUnchecked(Path directory) {
            try {
                NormsPlot.write(directory.resolve("norms.png"), rows);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
