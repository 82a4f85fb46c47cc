package io.sweep.results.draw;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A line chart draws its lines inside its plot area and a legend only for several lines; bars stand in proportion. */
class ChartsTest {
    private static final int BLUE = 0x1f77b4;
    private static final int RED = 0xd62728;

    private static int count(Canvas canvas, int colour, int top, int bottom) {
        int n = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < canvas.width(); x++) {
                n += canvas.get(x, y) == colour ? 1 : 0;
            }
        }
        return n;
    }

    private static LineChart chart(List<LineChart.Line> lines) {
        return new LineChart("title", Face.BOLD_15, Axis.linear(0, 1, 5), "x", Axis.linear(0, 1, 5), "y", lines,
                List.of(), true);
    }

    @Test
    void linesStayInTheirPlotAreaAndTheLegendComesWithASecondLine() {
        LineChart.Line rising = LineChart.Line.solid("rising", new double[] {0, 1}, new double[] {0, 1}, BLUE,
                LineChart.Marker.CIRCLE);
        // Far outside the axes' range: clipped to the plot area, not drawn over the labels.
        LineChart.Line wild = LineChart.Line.solid("wild", new double[] {-5, 5}, new double[] {0.5, 0.5}, RED,
                LineChart.Marker.NONE);
        Canvas one = new Canvas(400, 300, 0xffffff);
        chart(List.of(rising)).draw(one, 0, 0, 400, 300);
        Canvas two = new Canvas(400, 300, 0xffffff);
        chart(List.of(rising, wild)).draw(two, 0, 0, 400, 300);
        assertTrue(count(one, BLUE, 0, 300) > 300, "the line and its markers");
        assertEquals(0, count(one, BLUE, 280, 300), "no legend for one line");
        assertTrue(count(two, BLUE, 280, 300) > 10 && count(two, RED, 280, 300) > 10, "a legend of both");
        for (int x = 0; x < 30; x++) {
            for (int y = 0; y < 260; y++) {
                assertTrue(two.get(x, y) != RED, "the red line is clipped at the plot area's left, (" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void barsStandInProportionToTheirValues() {
        BarChart chart = new BarChart("bars", List.of("a", "b"), "category", "seconds",
                List.of(new BarChart.Bars("first", BLUE, new double[] {1, 2}),
                        new BarChart.Bars("second", RED, new double[] {Double.NaN, 4})));
        Canvas canvas = chart.render(400, 300);
        int[] blueHeights = new int[2];
        for (int x = 0; x < 400; x++) {
            int height = 0;
            for (int y = 0; y < 275; y++) {
                height += canvas.get(x, y) == BLUE ? 1 : 0;
            }
            int category = x < 200 ? 0 : 1;
            blueHeights[category] = Math.max(blueHeights[category], height);
        }
        assertEquals(2.0, blueHeights[1] / (double) blueHeights[0], 0.05);
        assertTrue(count(canvas, RED, 0, 280) > 0 && count(canvas, RED, 0, 280) > count(canvas, BLUE, 0, 280) / 3);
    }
}
