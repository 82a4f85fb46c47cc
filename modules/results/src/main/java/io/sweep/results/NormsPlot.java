package io.sweep.results;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * {@code norms.png}: each norm against the study's first parameter, one panel per norm (2x2), so
 * that scales do not crush each other, one line per combination of the other parameters, with a
 * legend that names it. Headless. The parameter's axis is logarithmic (ticks at powers of ten) when every α is
 * positive and they span more than a decade; norms keep linear axes, which read better over the
 * one or two decades a sweep's norms usually cover. Every tick label is formatted with
 * Locale.ROOT, whatever the default locale.
 */
public final class NormsPlot {
    static final int WIDTH = 1000;
    static final int HEIGHT = 760;
    private static final int TITLE_HEIGHT = 44;
    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)};

    private NormsPlot() {
    }

    public static void write(Path png, List<NormsRow> rows) throws IOException {
        PngFiles.write(png, render(rows));
    }

    /** The picture, without writing it. */
    static BufferedImage render(List<NormsRow> rows) {
        List<NormsRow> solved = new ArrayList<>();
        for (NormsRow row : rows) {
            if (row.norms() != null) {
                solved.add(row);
            }
        }
        solved.sort(Comparator.comparingDouble(NormsRow::x));
        String xName = solved.isEmpty() ? "" : solved.get(0).xName();
        String axis = xName.equals("alpha") ? "\u03b1" : xName;
        List<JFreeChart> panels = List.of(
                panel("l2 norm of the nodal vector (l2_dofs)", axis, solved,
                        List.of(new Curve("", r -> r.norms().l2Dofs()))),
                panel("L\u00b2 norm (L2)", axis, solved, List.of(new Curve("", r -> r.norms().normL2()))),
                panel("H\u00b9 seminorm (H1_semi)", axis, solved,
                        List.of(new Curve("", r -> r.norms().seminormH1()))),
                panel("min and max of u", axis, solved, List.of(new Curve("max", r -> r.norms().max()),
                        new Curve("min", r -> r.norms().min()))));

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                    RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
            String title = solved.isEmpty() ? "Norms of u: no solved point yet"
                    : "Norms of u against " + axis + " (" + solved.size() + " solved)";
            g.drawString(title, (WIDTH - g.getFontMetrics().stringWidth(title)) / 2, 30);
            double panelWidth = WIDTH / 2.0;
            double panelHeight = (HEIGHT - TITLE_HEIGHT) / 2.0;
            for (int p = 0; p < panels.size(); p++) {
                panels.get(p).draw(g, new Rectangle2D.Double((p % 2) * panelWidth,
                        TITLE_HEIGHT + (p / 2) * panelHeight, panelWidth, panelHeight));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** One line of a panel: a column of the norms table. */
    private record Curve(String name, ToDoubleFunction<NormsRow> value) {
    }

    private static JFreeChart panel(String title, String axis, List<NormsRow> rows, List<Curve> curves) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<Double> alphas = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        Map<String, List<NormsRow>> lines = new LinkedHashMap<>();
        for (NormsRow row : rows) {
            lines.computeIfAbsent(row.series(), k -> new ArrayList<>()).add(row);
        }
        for (Curve curve : curves) {
            for (Map.Entry<String, List<NormsRow>> line : lines.entrySet()) {
                String name = (curve.name() + " " + line.getKey()).strip();
                XYSeries series = new XYSeries(name.isEmpty() ? title : name, false, true);
                for (NormsRow row : line.getValue()) {
                    double value = curve.value().applyAsDouble(row);
                    if (Double.isFinite(value) && Double.isFinite(row.x())) {
                        series.add(row.x(), value);
                        alphas.add(row.x());
                        values.add(value);
                    }
                }
                data.addSeries(series);
            }
        }
        XYPlot plot = new XYPlot(data, alphaAxis(alphas, axis), valueAxis(values), renderer(data.getSeriesCount()));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlinePaint(Color.GRAY);
        JFreeChart chart = new JFreeChart(plot);
        chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 15)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        if (data.getSeriesCount() < 2) {
            chart.removeLegend();
        } else {
            chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            chart.getLegend().setFrame(new org.jfree.chart.block.BlockBorder(Color.WHITE));
        }
        return chart;
    }

    private static XYLineAndShapeRenderer renderer(int count) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int c = 0; c < count; c++) {
            renderer.setSeriesPaint(c, COLOURS[c % COLOURS.length]);
            renderer.setSeriesStroke(c, new BasicStroke(2f));
            renderer.setSeriesShape(c, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        return renderer;
    }

    /** A logarithmic axis when every value is positive and they span more than a decade. */
    static boolean logarithmic(List<Double> values) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return min > 0 && max / min > 10;
    }

    private static ValueAxis alphaAxis(List<Double> alphas, String label) {
        if (!logarithmic(alphas)) {
            ValueAxis linear = valueAxis(alphas);
            style(linear, label);
            return linear;
        }
        LogAxis axis = new LogAxis(label);
        double smallest = alphas.stream().mapToDouble(Double::doubleValue).min().orElse(1);
        double largest = alphas.stream().mapToDouble(Double::doubleValue).max().orElse(10);
        // Whole exponents only: ticks at 0.1, 1, 10, ... rather than at half decades.
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        axis.setNumberFormatOverride(Ticks.powerOfTenFormat(smallest, largest));
        axis.setSmallestValue(smallest / 10);
        style(axis, label);
        return axis;
    }

    private static ValueAxis valueAxis(List<Double> values) {
        NumberAxis axis = new NumberAxis();
        axis.setAutoRangeIncludesZero(false);
        // Tick units whose formats use Locale.ROOT: the default ones follow the default locale.
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        style(axis, null);
        return axis;
    }

    private static void style(ValueAxis axis, String label) {
        axis.setLabel(label);
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        axis.setLabelFont(new Font(Font.SANS_SERIF, Font.ITALIC, 15));
    }
}
