package io.sweep.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** convergence.png decodes and shows both error lines and the reference slopes. */
class ConvergencePlotTest {

    @TempDir
    Path directory;

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Pixels within 12 levels of the reference slopes' grey in each channel (they are antialiased). */
    private static int nearGrey(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs((rgb >> 16 & 255) - 0x55) < 12 && Math.abs((rgb >> 8 & 255) - 0x55) < 12
                        && Math.abs((rgb & 255) - 0x55) < 12) {
                    n++;
                }
            }
        }
        return n;
    }

    private static final ConvergenceStudy NO_ERRORS = new ConvergenceStudy("the finest mesh (n=64)",
            List.of(new ConvergenceSeries(Map.of(), List.of(new ConvergenceRow(64, 64, 0.02, 4225, Double.NaN,
                    Double.NaN, 11, 0.1)))));

    @Test
    void pngShowsBothNormsAndTheReferenceSlopes() throws IOException {
        Path png = directory.resolve("convergence.png");
        ConvergencePlot.write(png, ManufacturedStudy.study());
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        assertEquals(ConvergencePlot.WIDTH, image.getWidth());
        assertEquals(ConvergencePlot.HEIGHT, image.getHeight());
        assertTrue(count(image, 0x1f77b4) > 200, "the L2 line (blue) is drawn");
        assertTrue(count(image, 0xd62728) > 200, "the H1 line (red) is drawn");
        // Without errors there are no slopes: only the legend's and the labels' grey remain.
        int withSlopes = nearGrey(image), without = nearGrey(TestImages.of(ConvergencePlot.render(NO_ERRORS)));
        assertTrue(withSlopes > 2 * without + 200, "the reference slopes (grey) are drawn: " + withSlopes
                + " grey pixels against " + without + " without them");
    }

    @Test
    void aStudyWithoutErrorsStillDraws() throws IOException {
        Path png = directory.resolve("empty.png");
        ConvergencePlot.write(png, NO_ERRORS);
        assertNotNull(ImageIO.read(png.toFile()));
    }
}
