package io.sweep.workloads.compare;

import io.sweep.results.PngFiles;
import io.sweep.results.draw.BarChart;
import io.sweep.results.draw.Canvas;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code compare.png}: wall time, run time, CPU time and start-up cost of each mode side by side, the
 * speedup over sequential in the category label.
 */
public final class ComparePlot {
    static final int WIDTH = 800;
    static final int HEIGHT = 500;

    private ComparePlot() {
    }

    public static void write(Path png, CompareReport report) throws IOException {
        PngFiles.write(png, render(report));
    }

    static Canvas render(CompareReport report) {
        List<String> categories = new ArrayList<>();
        int n = report.runs().size();
        double[] wall = new double[n], run = new double[n], cpu = new double[n], startup = new double[n];
        for (int i = 0; i < n; i++) {
            ModeRun r = report.runs().get(i);
            categories.add(String.format(Locale.ROOT, "%s (%d) x%.2f", r.mode(), r.workers(), report.speedup(r)));
            wall[i] = r.wallSeconds();
            run[i] = r.runSeconds();
            cpu[i] = r.cpuSeconds();
            startup[i] = Math.max(0, r.startupSeconds());
        }
        List<BarChart.Bars> series = new ArrayList<>();
        series.add(new BarChart.Bars("wall time", 0x1f77b4, wall));
        series.add(new BarChart.Bars("run (in the command)", 0x2ca02c, run));
        if (!Arrays.stream(cpu).allMatch(Double::isNaN)) {
            series.add(new BarChart.Bars("CPU time", 0xff7f0e, cpu));
        }
        series.add(new BarChart.Bars("start-up", 0x7f7f7f, startup));
        return new BarChart("sweep compare " + report.workload() + " (speedup over sequential)", categories,
                "mode (workers) speedup", "seconds", series).render(WIDTH, HEIGHT);
    }
}
