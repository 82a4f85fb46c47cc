package io.sweep.results.draw;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fills, blends, crisp and antialiased lines, markers and the clip of a {@link Canvas}. */
class CanvasTest {
    private static final int WHITE = 0xffffff;

    /** How much of one pixel colour was painted over white, 0 to 1 (from its red channel, for black paint). */
    private static double ink(Canvas canvas, int x, int y) {
        return (255 - (canvas.get(x, y) >> 16 & 0xff)) / 255.0;
    }

    private static double totalInk(Canvas canvas) {
        double sum = 0;
        for (int y = 0; y < canvas.height(); y++) {
            for (int x = 0; x < canvas.width(); x++) {
                sum += ink(canvas, x, y);
            }
        }
        return sum;
    }

    @Test
    void fillsAndSetsInsideTheCanvasOnly() {
        Canvas canvas = new Canvas(10, 8, WHITE);
        canvas.fill(-5, 6, 100, 100, 0x123456);
        assertEquals(0x123456, canvas.get(0, 6));
        assertEquals(0x123456, canvas.get(9, 7));
        assertEquals(WHITE, canvas.get(9, 5));
        canvas.set(-1, 0, 0);
        canvas.set(10, 0, 0);
        assertEquals(WHITE, canvas.get(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Canvas(0, 5, WHITE));
    }

    @Test
    void blendMixesByCoverage() {
        Canvas canvas = new Canvas(3, 1, 0xffffff);
        canvas.blend(0, 0, 0x000000, 0);
        canvas.blend(1, 0, 0x000000, 255);
        canvas.blend(2, 0, 0x000000, 128);
        assertEquals(0xffffff, canvas.get(0, 0));
        assertEquals(0x000000, canvas.get(1, 0));
        assertEquals(0x7f7f7f, canvas.get(2, 0));
    }

    @Test
    void crispLinesAndOutlinesAreOnePixelWide() {
        Canvas canvas = new Canvas(20, 20, WHITE);
        canvas.outline(2, 3, 10, 5, 0);
        for (int x = 2; x <= 12; x++) {
            assertEquals(0, canvas.get(x, 3));
            assertEquals(0, canvas.get(x, 8));
        }
        for (int y = 3; y <= 8; y++) {
            assertEquals(0, canvas.get(2, y));
            assertEquals(0, canvas.get(12, y));
        }
        assertEquals(WHITE, canvas.get(7, 5), "hollow");
        Canvas diagonal = new Canvas(20, 20, WHITE);
        diagonal.line(0, 0, 19, 9, 0);
        int painted = 0;
        for (int p : diagonal.pixels()) {
            painted += p == 0 ? 1 : 0;
        }
        assertEquals(20, painted, "one pixel per column of a shallow line");
    }

    @Test
    void anAntialiasedLineCoversItsLengthTimesItsWidth() {
        Canvas canvas = new Canvas(100, 40, WHITE);
        canvas.polyline(new double[] {10, 90}, new double[] {20.3, 20.3}, 2, null, 0);
        // 80 px long, 2 px wide, round ends (a disc of radius 1 more): 160 + π.
        assertEquals(160 + Math.PI, totalInk(canvas), 4);
        assertEquals(1.0, ink(canvas, 50, 20), 1e-9, "the middle row is covered");
        assertEquals(0.0, ink(canvas, 50, 23), 1e-9, "nothing beyond the width");
    }

    @Test
    void aSharpTurnIsPaintedOnceNotTwice() {
        Canvas canvas = new Canvas(60, 60, WHITE);
        canvas.polyline(new double[] {10, 50, 10}, new double[] {10, 30, 50}, 3, null, 0x808080);
        for (int p : canvas.pixels()) {
            assertTrue((p & 0xff) >= 0x80, String.format("no pixel darker than the line's colour: %06x", p));
        }
    }

    @Test
    void aDashedLineHasGapsAndCoversItsShareOfTheLength() {
        Canvas solid = new Canvas(200, 20, WHITE);
        Canvas dashed = new Canvas(200, 20, WHITE);
        solid.polyline(new double[] {10, 190}, new double[] {10, 10}, 2, null, 0);
        dashed.polyline(new double[] {10, 190}, new double[] {10, 10}, 2, new double[] {6, 5}, 0);
        double share = totalInk(dashed) / totalInk(solid);
        // 6 on and 5 off, each dash with round ends: a bit more than 6/11.
        assertTrue(share > 0.5 && share < 0.75, "dashed covers " + share + " of the solid line");
        int gaps = 0;
        for (int x = 11; x < 189; x++) {
            gaps += ink(dashed, x, 10) == 0 ? 1 : 0;
        }
        assertTrue(gaps > 30, "gaps along the line: " + gaps);
    }

    @Test
    void markersCoverTheirArea() {
        Canvas disc = new Canvas(30, 30, WHITE);
        disc.disc(15, 15, 4, 0);
        assertEquals(Math.PI * 16, totalInk(disc), 2.5);
        Canvas square = new Canvas(30, 30, WHITE);
        square.square(15.25, 15.5, 4, 0);
        assertEquals(64, totalInk(square), 1);
        assertEquals(1.0, ink(square, 15, 15), 1e-9);
    }

    @Test
    void theClipKeepsDrawingInside() {
        Canvas canvas = new Canvas(40, 40, WHITE);
        canvas.clip(10, 10, 20, 20);
        canvas.polyline(new double[] {0, 40}, new double[] {20, 20}, 4, null, 0);
        canvas.fill(0, 0, 40, 5, 0);
        canvas.blend(5, 5, 0, 255);
        canvas.unclip();
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 40; x++) {
                if (x < 10 || x >= 30 || y < 10 || y >= 30) {
                    assertEquals(WHITE, canvas.get(x, y), "(" + x + ", " + y + ") is outside the clip");
                }
            }
        }
        assertEquals(0, canvas.get(20, 20));
        canvas.set(0, 0, 0);
        assertEquals(0, canvas.get(0, 0), "unclipped again");
    }
}
