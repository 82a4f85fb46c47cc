package io.sweep.workloads.compare;

import io.sweep.results.AtomicFiles;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code compare.png}: wall time, run time, CPU time and start-up cost of each mode side by side, the
 * speedup over sequential in the category label. Drawn headless.
 */
public final class ComparePlot {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;

    private ComparePlot() {
    }

    public static void write(Path png, CompareReport report) throws IOException {
        JFreeChart chart = chart(report);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(bytes, chart, WIDTH, HEIGHT);
        AtomicFiles.write(png, bytes.toByteArray());
    }

    static JFreeChart chart(CompareReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ModeRun run : report.runs()) {
            String category = String.format(Locale.ROOT, "%s (%d) x%.2f",
                    run.mode(), run.workers(), report.speedup(run));
            data.addValue(run.wallSeconds(), "wall time", category);
            data.addValue(run.runSeconds(), "run (in the command)", category);
            if (!Double.isNaN(run.cpuSeconds())) {
                data.addValue(run.cpuSeconds(), "CPU time", category);
            }
            data.addValue(Math.max(0, run.startupSeconds()), "start-up", category);
        }
        JFreeChart chart = ChartFactory.createBarChart(
                "sweep compare " + report.workload() + " (speedup over sequential)",
                "mode (workers) speedup", "seconds", data, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x1F77B4));
        renderer.setSeriesPaint(1, new Color(0x2CA02C));
        renderer.setSeriesPaint(2, new Color(0xFF7F0E));
        renderer.setSeriesPaint(3, new Color(0x7F7F7F));
        return chart;
    }
}
