package io.sweep.results;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * {@code convergence.png}: the errors against h on log-log axes, one line per norm (and per
 * combination of the other parameters, each in its own colour), each labelled with its fitted
 * order, and the reference
 * slopes h and h² drawn dashed beside the H¹ and L² lines. Headless; tick labels in Locale.ROOT.
 */
public final class ConvergencePlot {
    static final int WIDTH = 900;
    static final int HEIGHT = 640;
    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b), new Color(0x17becf), new Color(0xe377c2)};
    private static final Color REFERENCE = new Color(0x555555);
    /** How far below the first mesh's error a reference slope starts, so that it does not hide the data. */
    private static final double REFERENCE_OFFSET = 0.5;

    private ConvergencePlot() {
    }

    public static void write(Path png, ConvergenceStudy study) throws IOException {
        PngFiles.write(png, render(study));
    }

    /** One drawn line: its legend, its points, its look. */
    private record Line(String name, XYSeries points, Color colour, boolean dashed, Shape shape) {
    }

    static BufferedImage render(ConvergenceStudy study) {
        List<Line> lines = new ArrayList<>();
        boolean several = study.series().size() > 1;
        for (int s = 0; s < study.series().size(); s++) {
            ConvergenceSeries series = study.series().get(s);
            // One series: L² blue and H¹ red; several: a colour per series, circles for L², squares for H¹.
            String prefix = several ? series.label() + ": " : "";
            Color l2 = several ? COLOURS[s % COLOURS.length] : COLOURS[0];
            Color h1 = several ? l2 : COLOURS[1];
            lines.add(line(prefix + "L\u00b2 error, order " + order(series.fittedOrderL2()), series,
                    ConvergenceRow::errorL2, l2, new Ellipse2D.Double(-4, -4, 8, 8)));
            lines.add(line(prefix + "H\u00b9 error, order " + order(series.fittedOrderH1()), series,
                    ConvergenceRow::errorH1, h1, new Rectangle2D.Double(-4, -4, 8, 8)));
        }
        ConvergenceSeries first = study.series().get(0);
        lines.add(slope("slope h\u00b2", first, ConvergenceRow::errorL2, 2));
        lines.add(slope("slope h", first, ConvergenceRow::errorH1, 1));

        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (Line line : lines) {
            int index = data.getSeriesCount();
            data.addSeries(line.points());
            renderer.setSeriesPaint(index, line.colour());
            renderer.setSeriesStroke(index, line.dashed()
                    ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 5f}, 0f)
                    : new BasicStroke(2f));
            renderer.setSeriesShapesVisible(index, line.shape() != null);
            if (line.shape() != null) {
                renderer.setSeriesShape(index, line.shape());
            }
        }
        XYPlot plot = new XYPlot(data, logAxis("h", data, true), logAxis("error", data, false), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlinePaint(Color.GRAY);
        for (Line line : lines) {
            if (line.dashed() && line.points().getItemCount() > 0) {
                // The slope's name at its fine end, where the dashed lines are told apart.
                int last = line.points().getItemCount() - 1;
                XYTextAnnotation label = new XYTextAnnotation(line.name().substring("slope ".length()),
                        line.points().getX(last).doubleValue(), line.points().getY(last).doubleValue());
                label.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 15));
                label.setPaint(REFERENCE);
                label.setTextAnchor(TextAnchor.TOP_LEFT);
                plot.addAnnotation(label);
            }
        }
        JFreeChart chart = new JFreeChart(plot);
        chart.setTitle(new TextTitle("Convergence against " + study.reference(), new Font(Font.SANS_SERIF, Font.BOLD, 17)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        chart.getLegend().setFrame(new BlockBorder(Color.WHITE));

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Line line(String name, ConvergenceSeries series, ToDoubleFunction<ConvergenceRow> error,
                             Color colour, Shape shape) {
        XYSeries points = new XYSeries(name, false, true);
        for (ConvergenceRow row : series.rows()) {
            double e = error.applyAsDouble(row);
            if (e > 0 && Double.isFinite(e)) {
                points.add(row.h(), e);
            }
        }
        return new Line(name, points, colour, false, shape);
    }

    /** C·h^p through a point below the coarsest mesh's error, over the series' range of h. */
    private static Line slope(String name, ConvergenceSeries series, ToDoubleFunction<ConvergenceRow> error, int p) {
        XYSeries points = new XYSeries(name, false, true);
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
                    points.add(row.h(), c * Math.pow(row.h(), p));
                }
            }
        }
        return new Line(name, points, REFERENCE, true, null);
    }

    private static LogAxis logAxis(String label, XYSeriesCollection data, boolean domain) {
        double smallest = Double.POSITIVE_INFINITY, largest = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                double v = domain ? data.getXValue(s, i) : data.getYValue(s, i);
                smallest = Math.min(smallest, v);
                largest = Math.max(largest, v);
            }
        }
        if (!(largest > 0)) {
            smallest = 0.1;
            largest = 1;
        }
        // Whole decades, so that at least two powers of ten are labelled however close the data are.
        double lower = Math.pow(10, Math.floor(Math.log10(smallest)));
        double upper = Math.pow(10, Math.ceil(Math.log10(largest)));
        if (upper <= lower) {
            upper = 10 * lower;
        }
        LogAxis axis = new LogAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        axis.setNumberFormatOverride(Ticks.powerOfTenFormat(lower, upper));
        axis.setSmallestValue(lower / 10);
        // A hair wider: the end decades' ticks fall inside the range despite rounding in log space.
        axis.setRange(lower * 0.999, upper * 1.001);
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        axis.setLabelFont(new Font(Font.SANS_SERIF, Font.ITALIC, 15));
        return axis;
    }

    private static String order(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "-";
    }
}
