package io.sweep.results.draw;

import java.util.Arrays;

/**
 * An opaque RGB picture in memory, 0xRRGGBB per pixel row by row from the top, and what the
 * plots draw on it: crisp one-pixel lines and rectangles (Java2D's non-antialiased strokes),
 * antialiased thick lines, dashes and markers (coverage from the distance to the shape at each
 * pixel's centre), and blended text ({@link TextFace}). Pixels outside the picture, or outside
 * the clip, are left alone. Not thread-safe: one canvas per picture.
 */
public final class Canvas {
    private final int width;
    private final int height;
    private final int[] rgb;
    private int clipLeft, clipTop, clipRight, clipBottom;

    public Canvas(int width, int height, int background) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a " + width + "x" + height + " canvas");
        }
        this.width = width;
        this.height = height;
        this.rgb = new int[width * height];
        Arrays.fill(rgb, background & 0xffffff);
        unclip();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixels, 0xRRGGBB, row by row from the top: the canvas's own array, not a copy. */
    public int[] pixels() {
        return rgb;
    }

    public int get(int x, int y) {
        return rgb[y * width + x];
    }

    /** Later drawing touches only the pixels of this rectangle (and of the canvas). */
    public void clip(int x, int y, int w, int h) {
        clipLeft = Math.max(0, x);
        clipTop = Math.max(0, y);
        clipRight = Math.min(width, x + w);
        clipBottom = Math.min(height, y + h);
    }

    public void unclip() {
        clip(0, 0, width, height);
    }

    /** Fills the w x h rectangle whose top-left pixel is (x, y). */
    public void fill(int x, int y, int w, int h, int colour) {
        int left = Math.max(x, clipLeft), right = Math.min(x + w, clipRight);
        int top = Math.max(y, clipTop), bottom = Math.min(y + h, clipBottom);
        for (int row = top; row < bottom; row++) {
            if (left < right) {
                Arrays.fill(rgb, row * width + left, row * width + right, colour & 0xffffff);
            }
        }
    }

    /** Sets one pixel. */
    public void set(int x, int y, int colour) {
        if (x >= clipLeft && x < clipRight && y >= clipTop && y < clipBottom) {
            rgb[y * width + x] = colour & 0xffffff;
        }
    }

    /** Mixes colour into a pixel: coverage 0 leaves it, 255 replaces it (source over). */
    public void blend(int x, int y, int colour, int coverage) {
        if (x < clipLeft || x >= clipRight || y < clipTop || y >= clipBottom || coverage <= 0) {
            return;
        }
        int i = y * width + x;
        if (coverage >= 255) {
            rgb[i] = colour & 0xffffff;
            return;
        }
        int under = rgb[i];
        int keep = 255 - coverage;
        int r = ((colour >> 16 & 0xff) * coverage + (under >> 16 & 0xff) * keep + 127) / 255;
        int g = ((colour >> 8 & 0xff) * coverage + (under >> 8 & 0xff) * keep + 127) / 255;
        int b = ((colour & 0xff) * coverage + (under & 0xff) * keep + 127) / 255;
        rgb[i] = r << 16 | g << 8 | b;
    }

    /** A crisp one-pixel line between two pixels, as Java2D draws it unantialiased (Bresenham). */
    public void line(int x0, int y0, int x1, int y1, int colour) {
        int dx = Math.abs(x1 - x0), dy = -Math.abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1;
        int error = dx + dy;
        while (true) {
            set(x0, y0, colour);
            if (x0 == x1 && y0 == y1) {
                return;
            }
            int twice = 2 * error;
            if (twice >= dy) {
                error += dy;
                x0 += sx;
            }
            if (twice <= dx) {
                error += dx;
                y0 += sy;
            }
        }
    }

    /** The outline of a rectangle, as Graphics.drawRect: w + 1 by h + 1 pixels. */
    public void outline(int x, int y, int w, int h, int colour) {
        line(x, y, x + w, y, colour);
        line(x, y + h, x + w, y + h, colour);
        line(x, y, x, y + h, colour);
        line(x + w, y, x + w, y + h, colour);
    }

    /**
     * An antialiased polyline of the given width through the points (pixel coordinates, pixel
     * centres at half-integers), round at its joins and ends, dashed when {@code dash} holds the
     * lengths on and off. Each pixel is blended once, with the largest coverage any segment gives
     * it, so that joins do not darken.
     */
    public void polyline(double[] xs, double[] ys, double lineWidth, double[] dash, int colour) {
        if (xs.length == 0) {
            return;
        }
        double half = lineWidth / 2;
        Mask mask = Mask.around(xs, ys, half + 1, this);
        if (mask == null) {
            return;
        }
        if (xs.length == 1) {
            mask.capsule(xs[0], ys[0], xs[0], ys[0], half);
        } else if (dash == null) {
            for (int i = 1; i < xs.length; i++) {
                mask.capsule(xs[i - 1], ys[i - 1], xs[i], ys[i], half);
            }
        } else {
            double along = 0;  // arc length from the start, for the dash pattern
            double period = dash[0] + dash[1];
            for (int i = 1; i < xs.length; i++) {
                double length = Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
                for (double s = 0; s < length; ) {
                    double phase = (along + s) % period;
                    double step = phase < dash[0] ? dash[0] - phase : period - phase;
                    double e = Math.min(length, s + step);
                    if (phase < dash[0] && length > 0) {
                        double a = s / length, b = e / length;
                        mask.capsule(xs[i - 1] + a * (xs[i] - xs[i - 1]), ys[i - 1] + a * (ys[i] - ys[i - 1]),
                                xs[i - 1] + b * (xs[i] - xs[i - 1]), ys[i - 1] + b * (ys[i] - ys[i - 1]), half);
                    }
                    s = e;
                }
                along += length;
            }
        }
        mask.blendInto(this, colour);
    }

    /** An antialiased disc of radius r centred at (cx, cy). */
    public void disc(double cx, double cy, double r, int colour) {
        Mask mask = Mask.around(new double[] {cx}, new double[] {cy}, r + 1, this);
        if (mask != null) {
            mask.capsule(cx, cy, cx, cy, r);
            mask.blendInto(this, colour);
        }
    }

    /** An antialiased filled square of side 2·half centred at (cx, cy): its edge pixels get their covered share. */
    public void square(double cx, double cy, double half, int colour) {
        int left = (int) Math.floor(cx - half), right = (int) Math.ceil(cx + half);
        int top = (int) Math.floor(cy - half), bottom = (int) Math.ceil(cy + half);
        for (int y = top; y < bottom; y++) {
            double dy = Math.min(y + 1, cy + half) - Math.max(y, cy - half);
            for (int x = left; x < right; x++) {
                double dx = Math.min(x + 1, cx + half) - Math.max(x, cx - half);
                blend(x, y, colour, (int) Math.round(255 * Math.max(0, dx) * Math.max(0, dy)));
            }
        }
    }

    /** The coverage of one shape over a box of pixels, blended once when the shape is complete. */
    private static final class Mask {
        private final int left, top, w, h;
        private final float[] coverage;

        private Mask(int left, int top, int w, int h) {
            this.left = left;
            this.top = top;
            this.w = w;
            this.h = h;
            this.coverage = new float[w * h];
        }

        /** The box around the points, widened by margin and cut to the canvas's clip; null if empty. */
        static Mask around(double[] xs, double[] ys, double margin, Canvas canvas) {
            double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < xs.length; i++) {
                minX = Math.min(minX, xs[i]);
                maxX = Math.max(maxX, xs[i]);
                minY = Math.min(minY, ys[i]);
                maxY = Math.max(maxY, ys[i]);
            }
            int left = (int) Math.max(canvas.clipLeft, Math.floor(minX - margin));
            int right = (int) Math.min(canvas.clipRight, Math.ceil(maxX + margin));
            int top = (int) Math.max(canvas.clipTop, Math.floor(minY - margin));
            int bottom = (int) Math.min(canvas.clipBottom, Math.ceil(maxY + margin));
            return left < right && top < bottom ? new Mask(left, top, right - left, bottom - top) : null;
        }

        /** The segment (ax, ay)-(bx, by) widened by r on every side, round at its ends. */
        void capsule(double ax, double ay, double bx, double by, double r) {
            int x0 = Math.max(left, (int) Math.floor(Math.min(ax, bx) - r - 1));
            int x1 = Math.min(left + w, (int) Math.ceil(Math.max(ax, bx) + r + 1));
            int y0 = Math.max(top, (int) Math.floor(Math.min(ay, by) - r - 1));
            int y1 = Math.min(top + h, (int) Math.ceil(Math.max(ay, by) + r + 1));
            double ex = bx - ax, ey = by - ay;
            double squared = ex * ex + ey * ey;
            for (int y = y0; y < y1; y++) {
                double py = y + 0.5 - ay;
                for (int x = x0; x < x1; x++) {
                    double px = x + 0.5 - ax;
                    double t = squared > 0 ? Math.max(0, Math.min(1, (px * ex + py * ey) / squared)) : 0;
                    double dx = px - t * ex, dy = py - t * ey;
                    double c = r + 0.5 - Math.sqrt(dx * dx + dy * dy);
                    if (c > 0) {
                        int i = (y - top) * w + (x - left);
                        coverage[i] = Math.max(coverage[i], (float) Math.min(1, c));
                    }
                }
            }
        }

        void blendInto(Canvas canvas, int colour) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    float c = coverage[y * w + x];
                    if (c > 0) {
                        canvas.blend(left + x, top + y, colour, Math.round(255 * c));
                    }
                }
            }
        }
    }
}
