package io.sweep.results;

import io.sweep.results.draw.Axis;
import io.sweep.results.draw.Canvas;
import io.sweep.results.draw.Face;
import io.sweep.results.draw.LineChart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * {@code convergence.png}: the errors against h on log-log axes over whole decades, one line per
 * norm (and per combination of the other parameters, each in its own colour), each labelled with
 * its fitted order, and the reference slopes h and h² drawn dashed beside the H¹ and L² lines.
 * Tick labels in Locale.ROOT. Drawn by {@link LineChart}, without AWT.
 */
public final class ConvergencePlot {
    static final int WIDTH = 900;
    static final int HEIGHT = 640;
    private static final int[] COLOURS = {0x1f77b4, 0xd62728, 0x2ca02c, 0x9467bd, 0xff7f0e, 0x8c564b, 0x17becf,
        0xe377c2};
    private static final int REFERENCE = 0x555555;
    private static final double[] DASH = {6, 5};
    /** How far below the first mesh's error a reference slope starts, so that it does not hide the data. */
    private static final double REFERENCE_OFFSET = 0.5;

    private ConvergencePlot() {
    }

    public static void write(Path png, ConvergenceStudy study) throws IOException {
        PngFiles.write(png, render(study));
    }

    static Canvas render(ConvergenceStudy study) {
        List<LineChart.Line> lines = new ArrayList<>();
        boolean several = study.series().size() > 1;
        for (int s = 0; s < study.series().size(); s++) {
            ConvergenceSeries series = study.series().get(s);
            // One series: L² blue and H¹ red; several: a colour per series, circles for L², squares for H¹.
            String prefix = several ? series.label() + ": " : "";
            int l2 = several ? COLOURS[s % COLOURS.length] : COLOURS[0];
            int h1 = several ? l2 : COLOURS[1];
            lines.add(line(prefix + "L\u00b2 error, order " + order(series.fittedOrderL2()), series,
                    ConvergenceRow::errorL2, l2, LineChart.Marker.CIRCLE));
            lines.add(line(prefix + "H\u00b9 error, order " + order(series.fittedOrderH1()), series,
                    ConvergenceRow::errorH1, h1, LineChart.Marker.SQUARE));
        }
        ConvergenceSeries first = study.series().get(0);
        lines.add(slope("slope h\u00b2", first, ConvergenceRow::errorL2, 2));
        lines.add(slope("slope h", first, ConvergenceRow::errorH1, 1));

        List<LineChart.Note> notes = new ArrayList<>();
        for (LineChart.Line line : lines) {
            int n = line.x().length;
            if (line.dash() != null && n > 0) {
                // The slope's name at its fine end, where the dashed lines are told apart.
                notes.add(new LineChart.Note(line.name().substring("slope ".length()), line.x()[n - 1],
                        line.y()[n - 1], Face.ITALIC_15, REFERENCE));
            }
        }
        LineChart.Extent hs = LineChart.Extent.of(lines, true), errors = LineChart.Extent.of(lines, false);
        Axis h = Axis.logarithmic(hs.min(), hs.max(), true);
        Axis error = Axis.logarithmic(errors.min(), errors.max(), true);
        Canvas canvas = new Canvas(WIDTH, HEIGHT, 0xffffff);
        new LineChart("Convergence against " + study.reference(), Face.BOLD_18, h, "h", error, "error", lines, notes,
                true).draw(canvas, 0, 0, WIDTH, HEIGHT);
        return canvas;
    }

    private static LineChart.Line line(String name, ConvergenceSeries series, ToDoubleFunction<ConvergenceRow> error,
                                       int colour, LineChart.Marker marker) {
        List<double[]> points = new ArrayList<>();
        for (ConvergenceRow row : series.rows()) {
            double e = error.applyAsDouble(row);
            if (e > 0 && Double.isFinite(e)) {
                points.add(new double[] {row.h(), e});
            }
        }
        return new LineChart.Line(name, column(points, 0), column(points, 1), colour, 2, null, marker);
    }

    /** C·h^p through a point below the coarsest mesh's error, over the series' range of h. */
    private static LineChart.Line slope(String name, ConvergenceSeries series, ToDoubleFunction<ConvergenceRow> error,
                                        int p) {
        List<double[]> points = new ArrayList<>();
        ConvergenceRow anchor = null;
        for (ConvergenceRow row : series.rows()) {
            double e = error.applyAsDouble(row);
            if (anchor == null && e > 0 && Double.isFinite(e)) {
                anchor = row;
            }
        }
        if (anchor != null) {
            double c = REFERENCE_OFFSET * error.applyAsDouble(anchor) / Math.pow(anchor.h(), p);
            for (ConvergenceRow row : series.rows()) {
                double e = error.applyAsDouble(row);
                if (row.h() <= anchor.h() && e > 0 && Double.isFinite(e)) {
                    points.add(new double[] {row.h(), c * Math.pow(row.h(), p)});
                }
            }
        }
        return new LineChart.Line(name, column(points, 0), column(points, 1), REFERENCE, 1.5, DASH,
                LineChart.Marker.NONE);
    }

    private static double[] column(List<double[]> points, int k) {
        double[] values = new double[points.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = points.get(i)[k];
        }
        return values;
    }

    private static String order(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "-";
    }
}
