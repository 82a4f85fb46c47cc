package io.sweep.results;

import io.sweep.results.draw.Canvas;

import java.awt.image.BufferedImage;

/** Pictures in memory as BufferedImages, to read their pixels in tests the way ImageIO's are read. */
final class TestImages {
    private TestImages() {
    }

    static BufferedImage of(Canvas canvas) {
        BufferedImage image = new BufferedImage(canvas.width(), canvas.height(), BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, canvas.width(), canvas.height(), canvas.pixels(), 0, canvas.width());
        return image;
    }

    static BufferedImage of(IndexedImage indexed) {
        BufferedImage image = new BufferedImage(indexed.width(), indexed.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < indexed.height(); y++) {
            for (int x = 0; x < indexed.width(); x++) {
                image.setRGB(x, y, indexed.rgb(x, y));
            }
        }
        return image;
    }
}
