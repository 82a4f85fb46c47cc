package io.sweep.results.draw;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text from the glyph atlas is what Java2D draws with the same font (DejaVu Sans, the tests'
 * machines' sans-serif font, from which the atlas was made): the same pixels, the same widths.
 */
class TextFaceTest {
    private static final List<String> TEXTS = List.of("u, w = 0.005, x0 = 0.25", "L\u00b2 norm (L2) \u03b1 = 10",
            "H\u00b9 seminorm (H1_semi)", "Norms of u against w (16 solved)", "fifty-five ffi Tjy 1.5E-3",
            "sweep compare series (speedup over sequential) x1.91");

    private static BufferedImage java2d(Face face, String text, int width, int height, int x, int baseline) {
        int style = switch (face.style()) {
            case PLAIN -> Font.PLAIN;
            case BOLD -> Font.BOLD;
            case ITALIC -> Font.ITALIC;
        };
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, style, face.size()));
        g.drawString(text, x, baseline);
        assertEquals(g.getFontMetrics().stringWidth(text), face.text().width(text), face + " width of " + text);
        assertEquals(g.getFontMetrics().getAscent(), face.text().ascent(), face + " ascent");
        g.dispose();
        return image;
    }

    @Test
    void everyFaceDrawsWhatJava2DDraws() {
        for (Face face : Face.values()) {
            for (String text : TEXTS) {
                BufferedImage expected = java2d(face, text, 560, 40, 5, 28);
                Canvas canvas = new Canvas(560, 40, 0xffffff);
                face.text().draw(canvas, text, 5, 28, 0x000000);
                int dark = 0;
                for (int y = 0; y < 40; y++) {
                    for (int x = 0; x < 560; x++) {
                        assertEquals(expected.getRGB(x, y) & 0xffffff, canvas.get(x, y),
                                face + " \"" + text + "\" at (" + x + ", " + y + ")");
                        dark += canvas.get(x, y) != 0xffffff ? 1 : 0;
                    }
                }
                assertTrue(dark > 100, face + " draws something: " + dark);
            }
        }
    }

    @Test
    void textTurnedUpIsTheUprightTextTransposed() {
        TextFace face = Face.ITALIC_15.text();
        String text = "error";
        int width = face.width(text);
        Canvas upright = new Canvas(width + 10, 30, 0xffffff);
        face.draw(upright, text, 0, 20, 0);
        Canvas turned = new Canvas(30, width + 10, 0xffffff);
        face.drawUp(turned, text, 20, width + 9, 0);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < width + 10; x++) {
                // Upright (x, y) lands on (y, width + 9 - x): the baseline becomes column 20, reading upwards.
                assertEquals(upright.get(x, y), turned.get(y, width + 9 - x), "(" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void theAtlasHoldsTheCharactersOfLabelsAndABoxForTheOthers() {
        for (Face face : Face.values()) {
            for (int c : new int[] {' ', '0', '9', 'a', 'z', 'A', 'Z', '_', '=', ',', '.', '-', '(', ')', 0xb2, 0xb9,
                0x3b1, 0x3c9, 0x394, 0x2212, 0x2264}) {
                assertTrue(face.text().displays(c), face + " holds U+" + Integer.toHexString(c));
            }
            assertFalse(face.text().displays(0x4e2d), "no CJK in the atlas");
            Canvas canvas = new Canvas(40, 30, 0xffffff);
            face.text().draw(canvas, "\u4e2d", 5, 20, 0);
            int dark = 0;
            for (int p : canvas.pixels()) {
                dark += p != 0xffffff ? 1 : 0;
            }
            assertTrue(dark > 10, face + ": a character it does not hold is drawn as a box, not dropped");
            assertEquals(face.text().width("?"), face.text().width("?"));
            assertTrue(face.text().width("\u4e2d") > 0);
        }
    }

    @Test
    void colouredTextBlendsIntoWhatIsUnderIt() {
        Canvas canvas = new Canvas(60, 30, 0x0000ff);
        Face.BOLD_18.text().draw(canvas, "W", 5, 22, 0xff0000);
        boolean red = false, mixed = false;
        for (int p : canvas.pixels()) {
            red |= p == 0xff0000;
            mixed |= (p >> 16) > 0 && (p & 0xff) > 0;
            assertEquals(0, p >> 8 & 0xff, "only red and blue are mixed");
        }
        assertTrue(red && mixed, "solid red inside, red and blue mixed at the antialiased edges");
    }
}
