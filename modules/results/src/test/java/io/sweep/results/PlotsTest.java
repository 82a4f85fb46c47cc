package io.sweep.results;

import io.sweep.results.draw.Box;
import io.sweep.results.draw.Canvas;
import io.sweep.solver.Mesh;
import io.sweep.solver.Norms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PNGs exist, decode, have the expected size, show something, and the right way round. */
class PlotsTest {
    private static final List<Double> ALPHAS = List.of(0.1, 1.0, 10.0, 100.0);

    @TempDir
    Path directory;

    private static List<NormsRow> rows(Mesh mesh) {
        List<NormsRow> rows = new ArrayList<>();
        for (double alpha : ALPHAS) {
            rows.add(new NormsRow(alpha, SyntheticSweep.norms(SyntheticSweep.field(mesh, alpha)),
                    1.5, "done"));
        }
        return rows;
    }

    private static BufferedImage decode(Path png) throws IOException {
        assertTrue(Files.size(png) > 0, png + " is empty");
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, png + " does not decode as an image");
        return image;
    }

    /** Variance of the grey level over the whole image: a blank picture has 0. */
    private static double greyVariance(BufferedImage image) {
        double sum = 0;
        double squares = 0;
        int n = image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                double grey = grey(image.getRGB(x, y));
                sum += grey;
                squares += grey * grey;
            }
        }
        double mean = sum / n;
        return squares / n - mean * mean;
    }

    /** The colour map level (0 to Viridis.LEVELS - 1) closest to a pixel's colour. */
    private static int viridisLevel(int rgb) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int level = 0; level < Viridis.LEVELS; level++) {
            int c = Viridis.rgbOfLevel(level);
            int dr = (c >> 16 & 0xff) - (rgb >> 16 & 0xff);
            int dg = (c >> 8 & 0xff) - (rgb >> 8 & 0xff);
            int db = (c & 0xff) - (rgb & 0xff);
            int distance = dr * dr + dg * dg + db * db;
            if (distance < bestDistance) {
                best = level;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static double grey(int rgb) {
        return 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
    }

    @Test
    void normsPngHasTheExpectedSizeAndIsNotBlank() throws IOException {
        Path png = directory.resolve("norms.png");
        NormsPlot.write(png, rows(Mesh.unitSquare(16, 16)));
        BufferedImage image = decode(png);
        assertEquals(NormsPlot.WIDTH, image.getWidth());
        assertEquals(NormsPlot.HEIGHT, image.getHeight());
        assertTrue(greyVariance(image) > 200, "variance " + greyVariance(image));
    }

    @Test
    void fieldPngHasTheExpectedSizeAndIsNotBlank() throws IOException {
        Mesh mesh = Mesh.unitSquare(32, 32);
        Path png = directory.resolve("u_alpha_10.png");
        FieldImage.write(png, mesh, SyntheticSweep.field(mesh, 10), "u, \u03b1 = 10.0");
        BufferedImage image = decode(png);
        assertEquals(FieldImage.WIDTH, image.getWidth());
        assertEquals(FieldImage.HEIGHT, image.getHeight());
        assertTrue(greyVariance(image) > 200, "variance " + greyVariance(image));
    }

    @Test
    void aRampInXGetsLighterAlongXAndStaysConstantAlongY() {
        Mesh mesh = Mesh.unitSquare(8, 8);
        double[] ramp = new double[mesh.vertexCount()];
        for (int k = 0; k < ramp.length; k++) {
            ramp[k] = mesh.x(k);
        }
        BufferedImage image = TestImages.of(FieldImage.render(mesh, ramp, "ramp"));
        Box area = FieldImage.plotArea(mesh);
        int middle = area.y() + area.height() / 2;
        int previous = -1;
        for (int x = area.x() + 2; x < area.x() + area.width() - 2; x++) {
            int level = viridisLevel(image.getRGB(x, middle));
            assertTrue(level >= previous, "colour map level falls at x pixel " + x);
            previous = level;
        }
        assertTrue(viridisLevel(image.getRGB(area.x() + 2, middle)) < 5, "low end at the left");
        assertTrue(viridisLevel(image.getRGB(area.x() + area.width() - 3, middle)) > Viridis.LEVELS - 6,
                "high end at the right");
        for (int y = area.y() + 2; y < area.y() + area.height() - 2; y++) {
            assertEquals(image.getRGB(area.x() + area.width() / 3, area.y() + 2),
                    image.getRGB(area.x() + area.width() / 3, y), "constant along y at pixel " + y);
        }
    }

    @Test
    void aRampInYIsLightAtTheTop() {
        Mesh mesh = Mesh.unitSquare(8, 8);
        double[] ramp = new double[mesh.vertexCount()];
        for (int k = 0; k < ramp.length; k++) {
            ramp[k] = mesh.y(k);
        }
        BufferedImage image = TestImages.of(FieldImage.render(mesh, ramp, "ramp"));
        Box area = FieldImage.plotArea(mesh);
        int x = area.x() + area.width() / 2;
        assertTrue(grey(image.getRGB(x, area.y() + 2)) - grey(image.getRGB(x, area.y() + area.height() - 3))
                > 100, "y grows upwards");
    }

    @Test
    void picturesDoNotDependOnTheDefaultLocale() {
        Mesh mesh = Mesh.unitSquare(16, 16);
        // Values whose tick labels need a decimal point (0.26) and grouping (12,000), which a
        // German default locale would print as 0,26 and 12.000.
        List<NormsRow> rows = new ArrayList<>();
        for (double alpha : ALPHAS) {
            rows.add(new NormsRow(alpha, new Norms(1000 + 120 * alpha, 0.25 + 0.001 * alpha,
                    2.5 + 0.01 * alpha, -0.5 - 0.001 * alpha, 0.5 + 0.001 * alpha), 1, "done"));
        }
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            BufferedImage norms = TestImages.of(NormsPlot.render(rows));
            BufferedImage field = TestImages.of(FieldImage.render(mesh, SyntheticSweep.field(mesh, 0.1), "u"));
            Locale.setDefault(Locale.GERMANY);
            assertSamePixels(norms, TestImages.of(NormsPlot.render(rows)));
            assertSamePixels(field, TestImages.of(FieldImage.render(mesh, SyntheticSweep.field(mesh, 0.1), "u")));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void partialAndOddSweepsStillPlot() throws IOException {
        Norms norms = new Norms(2, 1, 3, -1, 1);
        List<List<NormsRow>> sweeps = List.of(
                List.of(),
                List.of(new NormsRow(1, norms, 1, "done")),
                List.of(new NormsRow(1, norms, 1, "done"), new NormsRow(2, null, 1, "failed")),
                List.of(new NormsRow(-1, norms, 1, "done"), new NormsRow(0, norms, 1, "done"),
                        new NormsRow(50, norms, 1, "done")));
        for (int i = 0; i < sweeps.size(); i++) {
            Path png = directory.resolve("norms-" + i + ".png");
            NormsPlot.write(png, sweeps.get(i));
            assertEquals(NormsPlot.WIDTH, decode(png).getWidth(), png.toString());
        }
        Mesh mesh = Mesh.unitSquare(4, 4);
        Path constant = directory.resolve("constant.png");
        FieldImage.write(constant, mesh, new double[mesh.vertexCount()], "u = 0");
        assertEquals(FieldImage.HEIGHT, decode(constant).getHeight());
    }

    @Test
    void pngEncodingIsLossless() throws IOException {
        Mesh mesh = Mesh.unitSquare(20, 20);
        Canvas image = NormsPlot.render(rows(mesh));
        BufferedImage decoded = ImageIO.read(new java.io.ByteArrayInputStream(PngFiles.encode(image)));
        assertNotNull(decoded);
        assertSamePixels(TestImages.of(image), decoded);
        IndexedImage field = FieldImage.frame(mesh, -1, 1).render(mesh, SyntheticSweep.field(mesh, 2), "u");
        byte[] indexed = PngFiles.encode(field);
        assertEquals(3, indexed[25], "colour type: palette");
        decoded = ImageIO.read(new java.io.ByteArrayInputStream(indexed));
        assertNotNull(decoded);
        assertSamePixels(TestImages.of(field), decoded);
    }

    @Test
    void whatIsDrawnOfAFieldPictureIsViridisOrGrey() {
        // Text is antialiased, lines are not: every pixel of the frame and the title as drawn in
        // RGB is a viridis level or a grey, so the indexed picture loses nothing but grey steps.
        Mesh mesh = Mesh.rectangle(0, 0, 2, 1, 12, 6);
        java.util.Set<Integer> viridis = new java.util.HashSet<>();
        for (int level = 0; level < Viridis.LEVELS; level++) {
            viridis.add(Viridis.rgbOfLevel(level));
        }
        int greys = 0;
        for (BufferedImage image : List.of(TestImages.of(FieldImage.drawFrame(mesh, -1.5e-3, 2.25)),
                TestImages.of(FieldImage.drawTitle("u, k = 1.5e-3, w = 0.02")))) {
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y) & 0xffffff;
                    int r = rgb >> 16, g = rgb >> 8 & 0xff, b = rgb & 0xff;
                    assertTrue(viridis.contains(rgb) || r == g && g == b,
                            String.format("pixel (%d, %d) is %06x", x, y, rgb));
                    greys += r == g && g == b && r != 0 && r != 255 ? 1 : 0;
                }
            }
        }
        assertTrue(greys > 50, "antialiased text has grey edges: " + greys);
        assertTrue(FieldPalette.size() <= 256);
        for (int level = 0; level < Viridis.LEVELS; level++) {
            assertEquals(level, FieldPalette.indexOf(Viridis.rgbOfLevel(level)) & 0xff);
        }
        assertEquals(FieldPalette.white(), FieldPalette.indexOf(0xffffff));
        assertEquals(0x000000, FieldPalette.rgb()[FieldPalette.indexOf(0x000000) & 0xff]);
    }

    @Test
    void oneFrameDrawsEachPictureOfASliceAsItsOwnCallWould() throws IOException {
        Mesh mesh = Mesh.unitSquare(16, 16);
        FieldImage.Frame frame = FieldImage.frame(mesh, -2, 5);
        for (double alpha : ALPHAS) {
            double[] u = SyntheticSweep.field(mesh, alpha);
            Path alone = directory.resolve("alone.png");
            Path shared = directory.resolve("shared.png");
            FieldImage.write(alone, mesh, u, "u, \u03b1 = " + alpha, -2, 5);
            frame.write(shared, mesh, u, "u, \u03b1 = " + alpha);
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(alone), Files.readAllBytes(shared)),
                    "alpha " + alpha);
        }
        assertThrows(IllegalArgumentException.class,
                () -> frame.render(Mesh.rectangle(0, 0, 2, 1, 4, 2), new double[15], "u"));
    }

    @Test
    void logarithmicAxesOnlyForPositiveValuesSpanningMoreThanADecade() {
        assertTrue(NormsPlot.logarithmic(0.1, 100.0));
        assertFalse(NormsPlot.logarithmic(1.0, 9.0));
        assertFalse(NormsPlot.logarithmic(0.0, 100.0));
        assertFalse(NormsPlot.logarithmic(-1.0, 100.0));
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (expected.getRGB(x, y) != actual.getRGB(x, y)) {
                    throw new AssertionError("pixel (" + x + ", " + y + ") differs");
                }
            }
        }
    }
}
