package io.sweep.results;

import io.sweep.results.draw.Axis;
import io.sweep.results.draw.Canvas;
import io.sweep.results.draw.Face;
import io.sweep.results.draw.LineChart;
import io.sweep.results.draw.TextFace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * {@code norms.png}: each norm against the study's first parameter, one panel per norm (2x2), so
 * that scales do not crush each other, one line per combination of the other parameters, with a
 * legend that names it. The parameter's axis is logarithmic (ticks at powers of ten, or at 1, 2
 * and 5 times them over less than two decades) when every value is positive and they span more
 * than a decade; norms keep linear axes, which read better over the one or two decades a
 * sweep's norms usually cover. Every tick label is formatted with Locale.ROOT, whatever the
 * default locale. Drawn by {@link LineChart}, without AWT.
 */
public final class NormsPlot {
    static final int WIDTH = 1000;
    static final int HEIGHT = 760;
    private static final int TITLE_HEIGHT = 44;
    private static final int[] COLOURS = {0x1f77b4, 0xd62728, 0x2ca02c, 0xff7f0e, 0x9467bd, 0x8c564b, 0xe377c2,
        0x7f7f7f, 0xbcbd22, 0x17becf};

    private NormsPlot() {
    }

    public static void write(Path png, List<NormsRow> rows) throws IOException {
        PngFiles.write(png, render(rows));
    }

    /** The picture, without writing it. */
    static Canvas render(List<NormsRow> rows) {
        List<NormsRow> solved = new ArrayList<>();
        for (NormsRow row : rows) {
            if (row.norms() != null) {
                solved.add(row);
            }
        }
        solved.sort(Comparator.comparingDouble(NormsRow::x));
        String xName = solved.isEmpty() ? "" : solved.get(0).xName();
        String axis = xName.equals("alpha") ? "\u03b1" : xName;
        List<LineChart> panels = List.of(
                panel("l2 norm of the nodal vector (l2_dofs)", axis, solved,
                        List.of(new Curve("", r -> r.norms().l2Dofs()))),
                panel("L\u00b2 norm (L2)", axis, solved, List.of(new Curve("", r -> r.norms().normL2()))),
                panel("H\u00b9 seminorm (H1_semi)", axis, solved,
                        List.of(new Curve("", r -> r.norms().seminormH1()))),
                panel("min and max of u", axis, solved, List.of(new Curve("max", r -> r.norms().max()),
                        new Curve("min", r -> r.norms().min()))));

        Canvas canvas = new Canvas(WIDTH, HEIGHT, 0xffffff);
        TextFace titleFace = Face.BOLD_18.text();
        String title = solved.isEmpty() ? "Norms of u: no solved point yet"
                : "Norms of u against " + axis + " (" + solved.size() + " solved)";
        titleFace.draw(canvas, title, (WIDTH - titleFace.width(title)) / 2, 30, 0);
        int panelWidth = WIDTH / 2;
        int panelHeight = (HEIGHT - TITLE_HEIGHT) / 2;
        for (int p = 0; p < panels.size(); p++) {
            panels.get(p).draw(canvas, (p % 2) * panelWidth, TITLE_HEIGHT + (p / 2) * panelHeight, panelWidth,
                    panelHeight);
        }
        return canvas;
    }

    /** One line of a panel: a column of the norms table. */
    private record Curve(String name, ToDoubleFunction<NormsRow> value) {
    }

    private static LineChart panel(String title, String axis, List<NormsRow> rows, List<Curve> curves) {
        Map<String, List<NormsRow>> groups = new LinkedHashMap<>();
        for (NormsRow row : rows) {
            groups.computeIfAbsent(row.series(), k -> new ArrayList<>()).add(row);
        }
        List<LineChart.Line> lines = new ArrayList<>();
        for (Curve curve : curves) {
            for (Map.Entry<String, List<NormsRow>> group : groups.entrySet()) {
                String name = (curve.name() + " " + group.getKey()).strip();
                double[] x = new double[group.getValue().size()];
                double[] y = new double[x.length];
                int n = 0;
                for (NormsRow row : group.getValue()) {
                    double value = curve.value().applyAsDouble(row);
                    if (Double.isFinite(value) && Double.isFinite(row.x())) {
                        x[n] = row.x();
                        y[n++] = value;
                    }
                }
                lines.add(LineChart.Line.solid(name.isEmpty() ? title : name, Arrays.copyOf(x, n), Arrays.copyOf(y, n),
                        COLOURS[lines.size() % COLOURS.length], LineChart.Marker.CIRCLE));
            }
        }
        LineChart.Extent xs = LineChart.Extent.of(lines, true), values = LineChart.Extent.of(lines, false);
        Axis x = logarithmic(xs.min(), xs.max()) ? Axis.logarithmic(xs.min(), xs.max(), false)
                : Axis.linear(xs.min(), xs.max(), 6);
        Axis y = Axis.linear(values.min(), values.max(), 6);
        return new LineChart(title, Face.BOLD_15, x, axis, y, "", lines, List.of(), true);
    }

    /** A logarithmic axis when every value, min to max, is positive and they span more than a decade. */
    static boolean logarithmic(double min, double max) {
        return min > 0 && max / min > 10;
    }
}
