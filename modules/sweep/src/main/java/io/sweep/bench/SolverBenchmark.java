package io.sweep.bench;

import io.sweep.solver.Mesh;
import io.sweep.solver.ParallelRows;
import io.sweep.solver.Norms;
import io.sweep.solver.PoissonProblem;
import io.sweep.solver.PoissonSolver;
import io.sweep.solver.SystemMatrix;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The solver benchmark: for each mesh size and path (matrix-free stencil, or assembled CSR), the
 * seminar's problem solved from scratch in this process, phase by phase (mesh, system: the
 * Dirichlet mask and lifting, or the assembly of K; multigrid setup, load for α, solve, norms),
 * then a second α with the same setup; then the same through the public API
 * ({@code PoissonSolver.setUp} + {@code solve(PoissonProblem.seminar(α))}), which solves for the
 * two unit solutions once and superposes them for every α. Prints medians over the repeats,
 * after warm-up rounds that are not counted, so the figures are those of a warm JVM, and at the
 * end the process's peak RSS (VmHWM, what GNU time reports as maximum resident set size).
 *
 * <p>Usage: {@code SolverBenchmark [--sizes 256,512,1024,2048] [--repeats 5] [--warmup 2]
 * [--alphas 1,10] [--paths stencil,assembled] [--threads 1]}. The assembled path at n = 2048 needs
 * {@code -Xmx6g}; one path per process gives each its own peak RSS.
 */
public final class SolverBenchmark {

    private static final String[] PHASES =
            {"mesh", "assembly", "setup", "load", "solve", "norms", "first", "second", "apiFirst", "apiSecond", "firstCpu"};

    private SolverBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = {256, 512, 1024, 2048};
        int repeats = 5;
        int warmup = 2;
        double[] alphas = {1.0, 10.0};
        String[] paths = {"stencil", "assembled"};
        int threads = 1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--repeats" -> repeats = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--alphas" -> alphas = Arrays.stream(args[i + 1].split(",")).mapToDouble(Double::parseDouble).toArray();
                case "--paths" -> paths = args[i + 1].split(",");
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + ": accepted are --sizes, --repeats, --warmup, --alphas, --paths, --threads");
            }
        }
        if (alphas.length != 2 || repeats < 1 || warmup < 0 || threads < 1) {
            throw new IllegalArgumentException("need --alphas FIRST,SECOND, --repeats >= 1, --warmup >= 0, --threads >= 1");
        }
        for (String path : paths) {
            if (!path.equals("stencil") && !path.equals("assembled")) {
                throw new IllegalArgumentException("--paths " + path + " is unknown: use stencil, assembled or both");
            }
        }
        System.out.printf("solver benchmark: alphas %s then %s, %d repeats (medians, ms), %d warm-up, max heap %d MiB,"
                + " %d thread(s) on the stencil path%n",
                alphas[0], alphas[1], repeats, warmup, Runtime.getRuntime().maxMemory() >> 20, threads);
        System.out.printf("%9s %6s %9s %7s %9s %7s %7s %8s %7s %6s %9s %9s %7s %9s %9s %7s %9s %9s %9s%n", "path", "n",
                "unknowns", "mesh", "system", "setup", "load", "solve", "norms", "iter", "first_a", "second_a",
                "2nd/1st", "api_1st", "api_2nd", "api_r", "peak_MiB", "live_MiB", "first_cpu");
        for (int n : sizes) {
            for (String path : paths) {
                measure(path, n, alphas, repeats, warmup, threads);
            }
        }
        System.out.println("system = Dirichlet mask and lifting (stencil) or assembly of K (assembled);"
                + " first_a = mesh + system + setup + load + solve + norms (one CG solve);"
                + " second_a = load + solve + norms of the second alpha with the same setup;"
                + " api_1st = mesh + PoissonSolver.setUp + solve(seminar(a1)) (two CG solves: unit source"
                + " and flux); api_2nd = solve(seminar(a2)) (superposition, no CG);"
                + " peak_MiB = sum of heap pools' peaks (garbage included); live_MiB = heap in use after"
                + " a GC while mesh, solver and solution are held; first_cpu = CPU time of this thread during first_a"
                + " (on a loaded machine, what first_a would take on one free core when --threads is 1)");
        System.out.printf("peak RSS of this process (VmHWM): %d MiB%n", peakRssBytes() >> 20);
    }

    private static void measure(String path, int n, double[] alphas, int repeats, int warmup, int threads) {
        boolean stencil = path.equals("stencil");
        for (int w = 0; w < warmup; w++) {
            run(n, alphas, stencil, threads);
        }
        resetPeaks();
        List<double[]> runs = new ArrayList<>();
        int iterations = 0;
        long live = 0;
        for (int r = 0; r < repeats; r++) {
            Run run = run(n, alphas, stencil, threads);
            runs.add(run.millis());
            iterations = run.iterations();
            live = Math.max(live, run.liveBytes());
        }
        double[] m = medians(runs);
        System.out.printf("%9s %6d %9d %7.1f %9.1f %7.1f %7.1f %8.1f %7.1f %6d %9.1f %9.1f %7.2f %9.1f %9.1f %7.3f %9d %9d %9.1f%n",
                path, n, (long) (n + 1) * (n + 1), m[0], m[1], m[2], m[3], m[4], m[5], iterations, m[6], m[7],
                m[7] / m[6], m[8], m[9], m[9] / m[8], peakHeapBytes() >> 20, live >> 20, m[10]);
    }

    private record Run(double[] millis, int iterations, long liveBytes) {
    }

    private static Run run(int n, double[] alphas, boolean stencil, int threads) {
        double[] t = new double[PHASES.length];
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Mesh mesh = Mesh.rectangle(0, 0, 1, 1, n, n, new ParallelRows(threads));
        t[0] = lap(start);
        start = System.nanoTime();
        SystemMatrix system = stencil ? SystemMatrix.stencil(mesh, PoissonProblem.LEFT_AND_RIGHT, threads)
                : SystemMatrix.assemble(mesh, PoissonProblem.LEFT_AND_RIGHT);
        t[1] = lap(start);
        start = System.nanoTime();
        PoissonSolver solver = PoissonSolver.setUp(system);
        t[2] = lap(start);
        double[] firstAlpha = solveTimed(solver, alphas[0], t, 3);
        t[6] = t[0] + t[1] + t[2] + t[3] + t[4] + t[5];
        t[10] = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        double[] secondAlpha = new double[PHASES.length];
        solveTimed(solver, alphas[1], secondAlpha, 3);
        t[7] = secondAlpha[3] + secondAlpha[4] + secondAlpha[5];
        long live = liveHeapBytes();
        if (solver.system().mesh() != mesh) {
            throw new IllegalStateException("solver lost its mesh");
        }
        solver = null;
        system = null;
        mesh = null;
        long start2 = System.nanoTime();
        Mesh apiMesh = Mesh.unitSquare(n, n);
        PoissonSolver api = stencil ? PoissonSolver.setUp(apiMesh, PoissonProblem.LEFT_AND_RIGHT, threads)
                : PoissonSolver.setUp(SystemMatrix.assemble(apiMesh, PoissonProblem.LEFT_AND_RIGHT));
        double first = api.solve(PoissonProblem.seminar(alphas[0])).norms().l2Dofs();
        t[8] = lap(start2);
        start2 = System.nanoTime();
        double second = api.solve(PoissonProblem.seminar(alphas[1])).norms().l2Dofs();
        t[9] = lap(start2);
        if (!Double.isFinite(first + second)) {
            throw new IllegalStateException("solution is not finite");
        }
        return new Run(t, (int) firstAlpha[0], live);
    }

    /** Times load, solve and norms for one α into t[at], t[at+1], t[at+2]; returns {iterations}. */
    private static double[] solveTimed(PoissonSolver solver, double alpha, double[] t, int at) {
        long start = System.nanoTime();
        double[] rhs = solver.rightHandSide(PoissonProblem.seminar(alpha));
        t[at] = lap(start);
        start = System.nanoTime();
        double[] u = new double[rhs.length];
        int iterations = solver.solveSystem(rhs, u);
        t[at + 1] = lap(start);
        start = System.nanoTime();
        Norms norms = solver.norms(u);
        t[at + 2] = lap(start);
        if (!Double.isFinite(norms.l2Dofs())) {
            throw new IllegalStateException("solution is not finite for alpha " + alpha);
        }
        return new double[] {iterations};
    }

    private static double lap(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double[] medians(List<double[]> runs) {
        double[] m = new double[PHASES.length];
        for (int p = 0; p < m.length; p++) {
            final int phase = p;
            double[] values = runs.stream().mapToDouble(r -> r[phase]).sorted().toArray();
            int k = values.length;
            m[p] = k % 2 == 1 ? values[k / 2] : 0.5 * (values[k / 2 - 1] + values[k / 2]);
        }
        return m;
    }

    private static long liveHeapBytes() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** VmHWM from /proc/self/status, 0 where there is none. */
    private static long peakRssBytes() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) << 10;
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since the last reset (garbage included). */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
