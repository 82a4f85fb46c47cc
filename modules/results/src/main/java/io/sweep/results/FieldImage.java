package io.sweep.results;

import io.sweep.solver.Mesh;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A picture of a P1 field on a rectangle mesh with a colour bar: what {@code plot(u)} showed.
 *
 * <p>Drawn straight into an image, pixel by pixel, interpolating u linearly inside each
 * triangle exactly as P1 does (JFreeChart's block renderer took six times longer for the same
 * picture). Colours are viridis; axes, ticks and labels are drawn with Java2D, numbers formatted
 * with Locale.ROOT. Everything but the field and the title depends only on the domain and the
 * colour range: a {@link Frame}, drawn once for all the pictures of a slice. Pictures are
 * written as indexed PNGs ({@link FieldPalette}).
 */
public final class FieldImage {
    static final int WIDTH = 640;
    static final int HEIGHT = 560;
    /** Where the field is drawn for a square domain; package-private for tests. */
    static final Rectangle PLOT_AREA = new Rectangle(70, 50, 440, 440);
    private static final int BAR_X = 535;
    private static final int BAR_WIDTH = 20;
    /** The rows the title may take (its baseline is at 32). */
    private static final int TITLE_ROWS = 46;

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
    static BufferedImage render(Mesh mesh, double[] u, String title) {
        return frame(mesh, range(u)).render(mesh, u, title).toBufferedImage();
    }

    private static Frame frame(Mesh mesh, double[] range) {
        int[] rgb = ((DataBufferInt) drawFrame(mesh, range[0], range[1]).getRaster().getDataBuffer()).getData();
        byte[] pixels = new byte[rgb.length];
        byte white = FieldPalette.white();
        for (int i = 0; i < rgb.length; i++) {
            // Most of the frame is white (the field's area too, until a picture fills it).
            pixels[i] = (rgb[i] & 0xffffff) == 0xffffff ? white : FieldPalette.indexOf(rgb[i]);
        }
        return new Frame(mesh.x0(), mesh.y0(), mesh.x1(), mesh.y1(), range[0], range[1], plotArea(mesh), pixels);
    }

    /** Axes and colour bar in RGB, as Java2D draws them; package-private for tests. */
    static BufferedImage drawFrame(Mesh mesh, double min, double max) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        try {
            Rectangle area = plotArea(mesh);
            drawAxes(g, mesh, area);
            drawColourBar(g, area, min, max);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** White, with antialiased text and crisp (not antialiased) lines. */
    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    /**
     * Axes, ticks and a colour bar for one domain and one colour range: what the pictures of a
     * slice share. Immutable; {@link #render} may run on several threads at once.
     */
    public static final class Frame {
        private final double x0, y0, x1, y1, min, max;
        private final Rectangle area;
        private final byte[] pixels;

        private Frame(double x0, double y0, double x1, double y1, double min, double max, Rectangle area,
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
            FieldRaster.fill(picture, area.y * WIDTH + area.x, WIDTH, mesh, u, area.width, area.height, min, max);
            // The frame's border runs along the field's top row and left column: put it back.
            System.arraycopy(pixels, area.y * WIDTH + area.x, picture, area.y * WIDTH + area.x, area.width);
            for (int row = area.y; row < area.y + area.height; row++) {
                picture[row * WIDTH + area.x] = pixels[row * WIDTH + area.x];
            }
            drawTitle(picture, title);
            return new IndexedImage(WIDTH, HEIGHT, picture, FieldPalette.rgb());
        }
    }

    /** The plot area, shrunk along one side when the domain is not square. */
    static Rectangle plotArea(Mesh mesh) {
        double aspect = (mesh.x1() - mesh.x0()) / (mesh.y1() - mesh.y0());
        int width = PLOT_AREA.width;
        int height = PLOT_AREA.height;
        if (aspect > 1) {
            height = Math.max(1, (int) Math.round(width / aspect));
        } else {
            width = Math.max(1, (int) Math.round(height * aspect));
        }
        return new Rectangle(PLOT_AREA.x, PLOT_AREA.y + (PLOT_AREA.height - height) / 2,
                width, height);
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
        int[] rgb = ((DataBufferInt) drawTitle(title).getRaster().getDataBuffer()).getData();
        for (int i = 0; i < rgb.length; i++) {
            if ((rgb[i] & 0xffffff) != 0xffffff) {
                picture[i] = FieldPalette.indexOf(rgb[i]);
            }
        }
    }

    /** The rows of the title in RGB, as Java2D draws them; package-private for tests. */
    static BufferedImage drawTitle(String title) {
        BufferedImage strip = new BufferedImage(WIDTH, TITLE_ROWS, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(strip);
        try {
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            FontMetrics metrics = g.getFontMetrics();
            g.drawString(title, (WIDTH - metrics.stringWidth(title)) / 2, 32);
        } finally {
            g.dispose();
        }
        return strip;
    }

    private static void drawAxes(Graphics2D g, Mesh mesh, Rectangle area) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(area.x, area.y, area.width, area.height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        FontMetrics metrics = g.getFontMetrics();
        Ticks xTicks = Ticks.over(mesh.x0(), mesh.x1(), 5);
        for (double x : xTicks.values()) {
            int px = area.x + (int) Math.round((x - mesh.x0()) / (mesh.x1() - mesh.x0()) * area.width);
            int bottom = area.y + area.height;
            g.drawLine(px, bottom, px, bottom + 5);
            String label = xTicks.format().format(x);
            g.drawString(label, px - metrics.stringWidth(label) / 2, bottom + 8 + metrics.getAscent());
        }
        Ticks yTicks = Ticks.over(mesh.y0(), mesh.y1(), 5);
        for (double y : yTicks.values()) {
            int py = area.y + area.height
                    - (int) Math.round((y - mesh.y0()) / (mesh.y1() - mesh.y0()) * area.height);
            g.drawLine(area.x - 5, py, area.x, py);
            String label = yTicks.format().format(y);
            g.drawString(label, area.x - 8 - metrics.stringWidth(label),
                    py + metrics.getAscent() / 2 - 1);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 15));
        metrics = g.getFontMetrics();
        g.drawString("x", area.x + area.width / 2 - metrics.stringWidth("x") / 2,
                area.y + area.height + 44);
        g.drawString("y", area.x - 52, area.y + area.height / 2 + metrics.getAscent() / 2);
    }

    private static void drawColourBar(Graphics2D g, Rectangle area, double min, double max) {
        int top = area.y;
        int height = area.height;
        for (int row = 0; row < height; row++) {
            g.setColor(new Color(Viridis.rgb(1 - (row + 0.5) / height)));
            g.fillRect(BAR_X, top + row, BAR_WIDTH, 1);
        }
        g.setColor(Color.BLACK);
        g.drawRect(BAR_X, top, BAR_WIDTH, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        FontMetrics metrics = g.getFontMetrics();
        Ticks ticks = Ticks.over(min, max, 6);
        for (double value : ticks.values()) {
            int py = top + height - (int) Math.round((value - min) / (max - min) * height);
            g.drawLine(BAR_X + BAR_WIDTH, py, BAR_X + BAR_WIDTH + 4, py);
            g.drawString(ticks.format().format(value), BAR_X + BAR_WIDTH + 7,
                    py + metrics.getAscent() / 2 - 1);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 15));
        g.drawString("u", BAR_X + BAR_WIDTH / 2 - 4, top - 10);
    }
}
