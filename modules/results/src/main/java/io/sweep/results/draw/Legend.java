package io.sweep.results.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * The legend of a {@link LineChart}: each line's sample (a short stroke with its marker) and
 * name, in rows no wider than the chart, each row centred.
 */
final class Legend {
    private static final Face FACE = Face.PLAIN_13;
    private static final int SAMPLE = 24;
    private static final int GAP = 16;

    private final List<List<LineChart.Line>> rows;
    private final List<Integer> widths;

    private Legend(List<List<LineChart.Line>> rows, List<Integer> widths) {
        this.rows = rows;
        this.widths = widths;
    }

    static Legend of(List<LineChart.Line> lines, int maxWidth) {
        TextFace text = FACE.text();
        List<List<LineChart.Line>> rows = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        List<LineChart.Line> row = new ArrayList<>();
        int width = 0;
        for (LineChart.Line line : lines) {
            int item = SAMPLE + 4 + text.width(line.name());
            if (!row.isEmpty() && width + GAP + item > maxWidth) {
                rows.add(row);
                widths.add(width);
                row = new ArrayList<>();
                width = 0;
            }
            width += (row.isEmpty() ? 0 : GAP) + item;
            row.add(line);
        }
        rows.add(row);
        widths.add(width);
        return new Legend(rows, widths);
    }

    int height() {
        TextFace text = FACE.text();
        return rows.size() * (text.ascent() + text.descent() + 4);
    }

    /** Draws the rows centred on column {@code centre}, the first row's top at {@code top}. */
    void draw(Canvas canvas, int centre, int top) {
        TextFace text = FACE.text();
        int rowHeight = text.ascent() + text.descent() + 4;
        for (int r = 0; r < rows.size(); r++) {
            int x = centre - widths.get(r) / 2;
            int baseline = top + r * rowHeight + 2 + text.ascent();
            double middle = baseline - text.ascent() / 2.0 + 1;
            for (LineChart.Line line : rows.get(r)) {
                canvas.polyline(new double[] {x + 1, x + SAMPLE - 1}, new double[] {middle, middle}, line.width(),
                        line.dash(), line.colour());
                LineChart.mark(canvas, line.marker(), x + SAMPLE / 2.0, middle, line.colour());
                text.draw(canvas, line.name(), x + SAMPLE + 4, baseline, 0);
                x += SAMPLE + 4 + text.width(line.name()) + GAP;
            }
        }
    }
}
