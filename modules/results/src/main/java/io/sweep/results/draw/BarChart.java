package io.sweep.results.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * Bars in groups: for each category (under the axis) one bar per series, side by side, on a
 * linear axis from 0, with grid lines at its ticks and a legend of the series. What
 * {@code sweep compare} draws its timings with.
 *
 * @param title      centred at the top
 * @param categories the groups, left to right
 * @param xName      the categories' name, under their labels
 * @param yName      the values' name, turned up
 * @param series     the bars of each group, in order
 */
public record BarChart(String title, List<String> categories, String xName, String yName, List<Bars> series) {
    private static final int LEGEND_SAMPLE = 12;

    /** One series: its name, colour and a value per category (NaN: no bar). */
    public record Bars(String name, int colour, double[] values) {
    }

    public Canvas render(int width, int height) {
        Canvas canvas = new Canvas(width, height, 0xffffff);
        TextFace titleFace = Face.BOLD_18.text(), ticks = Face.PLAIN_12.text(), names = Face.ITALIC_15.text();
        TextFace legendFace = Face.PLAIN_13.text();
        titleFace.draw(canvas, title, (width - titleFace.width(title)) / 2, 6 + titleFace.ascent(), 0);
        double max = 0;
        for (Bars bars : series) {
            for (double v : bars.values()) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        Axis y = Axis.linearOver(0, max > 0 ? max * 1.05 : 1, 6);
        int legendRow = legendFace.ascent() + legendFace.descent() + 4;
        int left = 8 + names.ascent() + names.descent() + 6 + LineChart.labelWidth(y, ticks) + 6;
        int top = 6 + titleFace.ascent() + titleFace.descent() + 10;
        int bottom = height - 8 - legendRow - (names.ascent() + names.descent() + 4) - (ticks.ascent() + ticks.descent() + 6);
        int right = width - 16;
        int plotHeight = bottom - top;
        LineChart.drawVerticalAxis(canvas, y, left, right, top, plotHeight, ticks);
        double group = (right - left) / (double) Math.max(1, categories.size());
        double bar = group * 0.8 / Math.max(1, series.size());
        for (int c = 0; c < categories.size(); c++) {
            double start = left + c * group + group * 0.1;
            for (int s = 0; s < series.size(); s++) {
                double v = series.get(s).values()[c];
                if (Double.isFinite(v) && v > 0) {
                    int x0 = (int) Math.round(start + s * bar), x1 = (int) Math.round(start + (s + 1) * bar);
                    int y0 = bottom - (int) Math.round(y.fraction(v) * plotHeight);
                    canvas.fill(x0, y0, Math.max(1, x1 - x0 - 1), bottom - y0, series.get(s).colour());
                }
            }
            String label = categories.get(c);
            ticks.draw(canvas, label, (int) Math.round(left + (c + 0.5) * group) - ticks.width(label) / 2,
                    bottom + 6 + ticks.ascent(), 0);
        }
        canvas.outline(left, top, right - left, plotHeight, LineChart.OUTLINE);
        int nameBaseline = bottom + 6 + ticks.ascent() + ticks.descent() + 4 + names.ascent();
        names.draw(canvas, xName, left + (right - left - names.width(xName)) / 2, nameBaseline, 0);
        names.drawUp(canvas, yName, 8 + names.ascent(), top + (plotHeight + names.width(yName)) / 2, 0);

        List<Integer> widths = new ArrayList<>();
        int total = 0;
        for (Bars bars : series) {
            int w = LEGEND_SAMPLE + 4 + legendFace.width(bars.name());
            widths.add(w);
            total += w + (widths.size() > 1 ? 16 : 0);
        }
        int x = (width - total) / 2;
        int baseline = height - 8 - legendFace.descent();
        for (int s = 0; s < series.size(); s++) {
            canvas.fill(x, baseline - LEGEND_SAMPLE + 1, LEGEND_SAMPLE, LEGEND_SAMPLE - 2, series.get(s).colour());
            legendFace.draw(canvas, series.get(s).name(), x + LEGEND_SAMPLE + 4, baseline, 0);
            x += widths.get(s) + 16;
        }
        return canvas;
    }
}
