package io.sweep.results;

import io.sweep.results.draw.Box;
import io.sweep.results.draw.Canvas;
import io.sweep.results.draw.Face;
import io.sweep.results.draw.TextFace;
import io.sweep.results.draw.Ticks;
import io.sweep.solver.Mesh;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A picture of a P1 field on a rectangle mesh with a colour bar: what {@code plot(u)} showed.
 *
 * <p>Drawn straight into an image, pixel by pixel, interpolating u linearly inside each
 * triangle exactly as P1 does (JFreeChart's block renderer took six times longer for the same
 * picture). Colours are viridis; axes, ticks and labels are drawn on a {@link Canvas} (text from
 * its glyph atlas, as Java2D drew it, without loading AWT), numbers formatted with Locale.ROOT. Everything but the field and the title depends only on the domain and the
 * colour range: a {@link Frame}, drawn once for all the pictures of a slice. Pictures are
 * written as indexed PNGs ({@link FieldPalette}).
 */
public final class FieldImage {
    static final int WIDTH = 640;
    static final int HEIGHT = 560;
    /** Where the field is drawn for a square domain; package-private for tests. */
    static final Box PLOT_AREA = new Box(70, 50, 440, 440);
    private static final int BAR_X = 535;
    private static final int BAR_WIDTH = 20;
    /** The rows the title may take (its baseline is at 32). */
    private static final int TITLE_ROWS = 46;
    private static final int WHITE = 0xffffff;
    private static final int BLACK = 0x000000;

    private FieldImage() {
    }

    public static void write(Path png, Mesh mesh, double[] u, String title) throws IOException {
        frame(mesh, range(u)).write(png, mesh, u, title);
    }

    /**
     * The same with the colour bar spanning [min, max] whatever u's own range, so that the
     * pictures of several fields compare (values outside take the end colours).
     */
    public static void write(Path png, Mesh mesh, double[] u, String title, double min, double max)
            throws IOException {
        frame(mesh, min, max).write(png, mesh, u, title);
    }

    /** The axes of the mesh's domain and a colour bar over [min, max], for pictures of any field on it. */
    public static Frame frame(Mesh mesh, double min, double max) {
        return frame(mesh, range(new double[] {min, max}));
    }

    /** The picture, without writing it. */
    static IndexedImage render(Mesh mesh, double[] u, String title) {
        return frame(mesh, range(u)).render(mesh, u, title);
    }

    private static Frame frame(Mesh mesh, double[] range) {
        int[] rgb = drawFrame(mesh, range[0], range[1]).pixels();
        byte[] pixels = new byte[rgb.length];
        byte white = FieldPalette.white();
        for (int i = 0; i < rgb.length; i++) {
            // Most of the frame is white (the field's area too, until a picture fills it).
            pixels[i] = (rgb[i] & 0xffffff) == 0xffffff ? white : FieldPalette.indexOf(rgb[i]);
        }
        return new Frame(mesh.x0(), mesh.y0(), mesh.x1(), mesh.y1(), range[0], range[1], plotArea(mesh), pixels);
    }

    /** Axes and colour bar in RGB; package-private for tests. */
    static Canvas drawFrame(Mesh mesh, double min, double max) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT, WHITE);
        Box area = plotArea(mesh);
        drawAxes(canvas, mesh, area);
        drawColourBar(canvas, area, min, max);
        return canvas;
    }

    /**
     * Axes, ticks and a colour bar for one domain and one colour range: what the pictures of a
     * slice share. Immutable; {@link #render} may run on several threads at once.
     */
    public static final class Frame {
        private final double x0, y0, x1, y1, min, max;
        private final Box area;
        private final byte[] pixels;

        private Frame(double x0, double y0, double x1, double y1, double min, double max, Box area,
                      byte[] pixels) {
            this.x0 = x0;
            this.y0 = y0;
            this.x1 = x1;
            this.y1 = y1;
            this.min = min;
            this.max = max;
            this.area = area;
            this.pixels = pixels;
        }

        /** Writes the picture of u (on a mesh of this frame's domain) as an indexed PNG. */
        public void write(Path png, Mesh mesh, double[] u, String title) throws IOException {
            PngFiles.write(png, render(mesh, u, title));
        }

        IndexedImage render(Mesh mesh, double[] u, String title) {
            if (u.length != mesh.vertexCount()) {
                throw new IllegalArgumentException("u has " + u.length + " values but the mesh has "
                        + mesh.vertexCount() + " vertices");
            }
            if (mesh.x0() != x0 || mesh.y0() != y0 || mesh.x1() != x1 || mesh.y1() != y1) {
                throw new IllegalArgumentException("the mesh is not on this frame's domain");
            }
            byte[] picture = pixels.clone();
            FieldRaster.fill(picture, area.y() * WIDTH + area.x(), WIDTH, mesh, u, area.width(), area.height(), min, max);
            // The frame's border runs along the field's top row and left column: put it back.
            System.arraycopy(pixels, area.y() * WIDTH + area.x(), picture, area.y() * WIDTH + area.x(), area.width());
            for (int row = area.y(); row < area.y() + area.height(); row++) {
                picture[row * WIDTH + area.x()] = pixels[row * WIDTH + area.x()];
            }
            drawTitle(picture, title);
            return new IndexedImage(WIDTH, HEIGHT, picture, FieldPalette.rgb());
        }
    }

    /** The plot area, shrunk along one side when the domain is not square. */
    static Box plotArea(Mesh mesh) {
        double aspect = (mesh.x1() - mesh.x0()) / (mesh.y1() - mesh.y0());
        int width = PLOT_AREA.width();
        int height = PLOT_AREA.height();
        if (aspect > 1) {
            height = Math.max(1, (int) Math.round(width / aspect));
        } else {
            width = Math.max(1, (int) Math.round(height * aspect));
        }
        return new Box(PLOT_AREA.x(), PLOT_AREA.y() + (PLOT_AREA.height() - height) / 2, width, height);
    }

    private static double[] range(double[] u) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : u) {
            if (Double.isFinite(value)) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        if (min > max) {
            return new double[] {0, 1};
        }
        if (min == max) {
            double pad = Math.max(Math.abs(min), 1) * 0.5;
            return new double[] {min - pad, max + pad};
        }
        return new double[] {min, max};
    }

    /** The title, centred at the top: drawn on white, and where it is not white copied onto the picture. */
    private static void drawTitle(byte[] picture, String title) {
        int[] rgb = drawTitle(title).pixels();
        for (int i = 0; i < rgb.length; i++) {
            if (rgb[i] != WHITE) {
                picture[i] = FieldPalette.indexOf(rgb[i]);
            }
        }
    }

    /** The rows of the title in RGB; package-private for tests. */
    static Canvas drawTitle(String title) {
        Canvas strip = new Canvas(WIDTH, TITLE_ROWS, WHITE);
        TextFace face = Face.BOLD_18.text();
        face.draw(strip, title, (WIDTH - face.width(title)) / 2, 32, BLACK);
        return strip;
    }

    private static void drawAxes(Canvas canvas, Mesh mesh, Box area) {
        canvas.outline(area.x(), area.y(), area.width(), area.height(), BLACK);
        TextFace labels = Face.PLAIN_13.text();
        Ticks xTicks = Ticks.over(mesh.x0(), mesh.x1(), 5);
        int bottom = area.y() + area.height();
        for (double x : xTicks.values()) {
            int px = area.x() + (int) Math.round((x - mesh.x0()) / (mesh.x1() - mesh.x0()) * area.width());
            canvas.line(px, bottom, px, bottom + 5, BLACK);
            String label = xTicks.format().format(x);
            labels.draw(canvas, label, px - labels.width(label) / 2, bottom + 8 + labels.ascent(), BLACK);
        }
        Ticks yTicks = Ticks.over(mesh.y0(), mesh.y1(), 5);
        for (double y : yTicks.values()) {
            int py = bottom - (int) Math.round((y - mesh.y0()) / (mesh.y1() - mesh.y0()) * area.height());
            canvas.line(area.x() - 5, py, area.x(), py, BLACK);
            String label = yTicks.format().format(y);
            labels.draw(canvas, label, area.x() - 8 - labels.width(label), py + labels.ascent() / 2 - 1, BLACK);
        }
        TextFace names = Face.ITALIC_15.text();
        names.draw(canvas, "x", area.x() + area.width() / 2 - names.width("x") / 2, bottom + 44, BLACK);
        names.draw(canvas, "y", area.x() - 52, area.y() + area.height() / 2 + names.ascent() / 2, BLACK);
    }

    private static void drawColourBar(Canvas canvas, Box area, double min, double max) {
        int top = area.y();
        int height = area.height();
        for (int row = 0; row < height; row++) {
            canvas.fill(BAR_X, top + row, BAR_WIDTH, 1, Viridis.rgb(1 - (row + 0.5) / height));
        }
        canvas.outline(BAR_X, top, BAR_WIDTH, height, BLACK);
        TextFace labels = Face.PLAIN_13.text();
        Ticks ticks = Ticks.over(min, max, 6);
        for (double value : ticks.values()) {
            int py = top + height - (int) Math.round((value - min) / (max - min) * height);
            canvas.line(BAR_X + BAR_WIDTH, py, BAR_X + BAR_WIDTH + 4, py, BLACK);
            labels.draw(canvas, ticks.format().format(value), BAR_X + BAR_WIDTH + 7, py + labels.ascent() / 2 - 1, BLACK);
        }
        TextFace names = Face.ITALIC_15.text();
        names.draw(canvas, "u", BAR_X + BAR_WIDTH / 2 - 4, top - 10, BLACK);
    }
}
