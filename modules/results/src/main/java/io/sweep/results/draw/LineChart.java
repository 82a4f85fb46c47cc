package io.sweep.results.draw;

import java.util.Arrays;
import java.util.List;

/**
 * A chart of lines through points: a title, a plot area with grid lines at the ticks of its two
 * {@link Axis axes}, the lines (clipped to the area) with their markers, notes at data points, and
 * a legend under the axis when there is more than one line. What the plots of norms and of
 * convergence are made of; drawn into a box of a {@link Canvas}.
 *
 * @param title     centred at the top
 * @param titleFace its face
 * @param x      the horizontal axis
 * @param xName  its name, under its tick labels
 * @param y      the vertical axis
 * @param yName  its name, turned up, left of its tick labels; empty for none
 * @param lines  drawn in order, the first under the others
 * @param notes  text at data points
 * @param legend whether the legend is drawn
 */
public record LineChart(String title, Face titleFace, Axis x, String xName, Axis y, String yName,
                        List<Line> lines, List<Note> notes, boolean legend) {
    public static final int GRID = 0xdddddd;
    public static final int OUTLINE = 0x808080;
    private static final Face TICKS = Face.PLAIN_12;
    private static final Face NAMES = Face.ITALIC_15;
    private static final int TICK = 4;

    /** What marks each point of a line. */
    public enum Marker { NONE, CIRCLE, SQUARE }

    /**
     * One line: its points (x[i], y[i]; points that are not finite, or not positive on a
     * logarithmic axis, are left out), look and name in the legend.
     */
    public record Line(String name, double[] x, double[] y, int colour, double width, double[] dash, Marker marker) {
        /** A solid line of width 2 with circles of radius 4, as the norms are drawn. */
        public static Line solid(String name, double[] x, double[] y, int colour, Marker marker) {
            return new Line(name, x, y, colour, 2, null, marker);
        }
    }

    /** Text whose top-left corner is at a data point, in a face and colour. */
    public record Note(String text, double x, double y, Face face, int colour) {
    }

    /** The smallest and largest coordinate of some lines' points, along x or y: what an axis is fitted to. */
    public record Extent(double min, double max) {
        /** Over every point of the lines; 0 and 0 when they have none. */
        public static Extent of(List<Line> lines, boolean horizontal) {
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (Line line : lines) {
                for (double v : horizontal ? line.x() : line.y()) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            return min <= max ? new Extent(min, max) : new Extent(0, 0);
        }
    }

    /** Draws the chart into the w x h box whose top-left pixel is (left, top). */
    public void draw(Canvas canvas, int left, int top, int w, int h) {
        TextFace titleText = titleFace.text();
        int titleBottom = top + 6 + titleText.ascent() + titleText.descent();
        titleText.draw(canvas, title, left + (w - titleText.width(title)) / 2, top + 6 + titleText.ascent(), 0);

        Legend key = legend && lines.size() > 1 ? Legend.of(lines, w - 24) : null;
        int bottom = top + h - 6 - (key == null ? 0 : key.height() + 4);
        TextFace ticks = TICKS.text(), names = NAMES.text();
        int areaLeft = left + 8 + (yName.isEmpty() ? 0 : names.ascent() + names.descent() + 6) + labelWidth(y, ticks)
                + TICK + 2;
        int areaRight = left + w - 14;
        int areaTop = titleBottom + 8;
        int areaBottom = bottom - (xName.isEmpty() ? 0 : names.ascent() + names.descent() + 4)
                - ticks.ascent() - ticks.descent() - TICK - 2;
        Area area = new Area(areaLeft, areaTop, Math.max(1, areaRight - areaLeft), Math.max(1, areaBottom - areaTop));

        drawAxes(canvas, area, ticks);
        if (!xName.isEmpty()) {
            names.draw(canvas, xName, area.left + (area.width - names.width(xName)) / 2, bottom - names.descent(), 0);
        }
        if (!yName.isEmpty()) {
            names.drawUp(canvas, yName, left + 8 + names.ascent(), area.top + (area.height + names.width(yName)) / 2, 0);
        }
        canvas.clip(area.left, area.top, area.width + 1, area.height + 1);
        try {
            for (Line line : lines) {
                drawLine(canvas, area, line);
            }
        } finally {
            canvas.unclip();
        }
        for (Note note : notes) {
            double px = area.px(x, note.x()), py = area.py(y, note.y());
            if (Double.isFinite(px) && Double.isFinite(py)) {
                TextFace face = note.face().text();
                face.draw(canvas, note.text(), (int) Math.round(px) + 2, (int) Math.round(py) + 2 + face.ascent(), note.colour());
            }
        }
        if (key != null) {
            key.draw(canvas, left + w / 2, bottom + 4);
        }
    }

    /** The plot area in pixels, and where a value falls in it. */
    private record Area(int left, int top, int width, int height) {
        double px(Axis axis, double value) {
            return left + axis.fraction(value) * width;
        }

        double py(Axis axis, double value) {
            return top + height - axis.fraction(value) * height;
        }
    }

    private void drawAxes(Canvas canvas, Area area, TextFace ticks) {
        for (int i = 0; i < x.ticks().size(); i++) {
            int px = (int) Math.round(area.px(x, x.ticks().get(i)));
            canvas.line(px, area.top, px, area.top + area.height, GRID);
            canvas.line(px, area.top + area.height, px, area.top + area.height + TICK, OUTLINE);
            String label = x.labels().get(i);
            ticks.draw(canvas, label, px - ticks.width(label) / 2, area.top + area.height + TICK + 2 + ticks.ascent(), 0x444444);
        }
        drawVerticalAxis(canvas, y, area.left, area.left + area.width, area.top, area.height, ticks);
        canvas.outline(area.left, area.top, area.width, area.height, OUTLINE);
    }

    /** The widest of an axis's tick labels in a face: the room left of a vertical axis. */
    static int labelWidth(Axis axis, TextFace face) {
        int width = 0;
        for (String label : axis.labels()) {
            width = Math.max(width, face.width(label));
        }
        return width;
    }

    /**
     * A vertical axis's grid lines across [left, right], its tick marks and its labels right-aligned
     * left of them, for a plot area from row top, height rows high. Bar charts share it.
     */
    static void drawVerticalAxis(Canvas canvas, Axis y, int left, int right, int top, int height, TextFace ticks) {
        for (int i = 0; i < y.ticks().size(); i++) {
            int py = (int) Math.round(top + height - y.fraction(y.ticks().get(i)) * height);
            canvas.line(left, py, right, py, GRID);
            canvas.line(left - TICK, py, left, py, OUTLINE);
            String label = y.labels().get(i);
            ticks.draw(canvas, label, left - TICK - 2 - ticks.width(label), py + ticks.ascent() / 2 - 1, 0x444444);
        }
    }

    private void drawLine(Canvas canvas, Area area, Line line) {
        int n = 0;
        double[] xs = new double[line.x().length], ys = new double[line.x().length];
        for (int i = 0; i < line.x().length; i++) {
            double px = area.px(x, line.x()[i]), py = area.py(y, line.y()[i]);
            if (Double.isFinite(px) && Double.isFinite(py)) {
                xs[n] = px;
                ys[n++] = py;
            }
        }
        xs = Arrays.copyOf(xs, n);
        ys = Arrays.copyOf(ys, n);
        if (n > 1) {
            canvas.polyline(xs, ys, line.width(), line.dash(), line.colour());
        }
        for (int i = 0; i < n; i++) {
            mark(canvas, line.marker(), xs[i], ys[i], line.colour());
        }
    }

    static void mark(Canvas canvas, Marker marker, double cx, double cy, int colour) {
        switch (marker) {
            case CIRCLE -> canvas.disc(cx, cy, 4, colour);
            case SQUARE -> canvas.square(cx, cy, 4, colour);
            case NONE -> { }
        }
    }
}
