package io.sweep.results.draw;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes {@code dejavu-sans.glyphs}, the glyphs {@link TextFace} draws: each {@link Face} of
 * the sans-serif font (DejaVu Sans on Debian) rasterised by Java2D, black on white with
 * greyscale antialiasing and integer advances (Java2D's defaults, what the plots drew with it),
 * stored as coverage (255 - grey) with the font's metrics. Run by {@code scripts/make-glyphs.sh}
 * when a face or a character is added; the file is committed, so that no plot needs AWT.
 *
 * <p>Format, deflated: "SWGL", version, face count; per face its name, ascent, descent and glyph
 * count; per glyph its code point, advance, the offset of its bitmap from the pen position
 * (left, top from the baseline), the bitmap's width and height, then its coverage bytes.
 */
public final class GlyphAtlasGenerator {
    /** Code point of the glyph drawn for characters the atlas does not hold: the font's own box. */
    static final int MISSING = 0xFFFF;

    private GlyphAtlasGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0]
                : "modules/results/src/main/resources/io/sweep/results/draw/dejavu-sans.glyphs");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(
                new DeflaterOutputStream(bytes, new Deflater(Deflater.BEST_COMPRESSION)))) {
            data.writeBytes("SWGL");
            data.writeShort(TextFace.VERSION);
            data.writeShort(Face.values().length);
            for (Face face : Face.values()) {
                writeFace(data, face);
            }
        }
        Files.write(out, bytes.toByteArray());
        System.out.println(out + ": " + bytes.size() + " bytes, " + Face.values().length + " faces, "
                + characters().size() + " characters each");
    }

    /** Printable ASCII and Latin-1, Greek, and the few symbols of mathematics a label may hold. */
    static List<Integer> characters() {
        List<Integer> cs = new ArrayList<>();
        for (int c = 0x20; c <= 0x7e; c++) {
            cs.add(c);
        }
        for (int c = 0xa0; c <= 0xff; c++) {
            cs.add(c);
        }
        for (int c = 0x391; c <= 0x3c9; c++) {
            if (c != 0x3a2) {
                cs.add(c);
            }
        }
        for (int c : new int[] {0x2013, 0x2014, 0x2016, 0x2019, 0x201c, 0x201d, 0x2026, 0x2032, 0x2207, 0x2202,
            0x2211, 0x2212, 0x221a, 0x221e, 0x2248, 0x2260, 0x2264, 0x2265}) {
            cs.add(c);
        }
        return cs;
    }

    private static void writeFace(DataOutputStream data, Face face) throws IOException {
        Font font = new Font(Font.SANS_SERIF, style(face), face.size());
        int box = face.size() * 4;
        int originX = face.size(), baseline = face.size() * 2;
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        FontMetrics metrics = graphics(probe, font).getFontMetrics();
        List<int[]> glyphs = new ArrayList<>();
        List<byte[]> bitmaps = new ArrayList<>();
        List<Integer> codes = new ArrayList<>(characters());
        codes.add(MISSING);
        for (int c : codes) {
            if (c != MISSING && !font.canDisplay(c)) {
                continue;
            }
            BufferedImage image = new BufferedImage(box, box, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = graphics(image, font);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, box, box);
            g.setColor(Color.BLACK);
            g.drawString(new String(Character.toChars(c)), originX, baseline);
            g.dispose();
            int left = box, top = box, right = -1, bottom = -1;
            for (int y = 0; y < box; y++) {
                for (int x = 0; x < box; x++) {
                    if ((image.getRGB(x, y) & 0xff) != 0xff) {
                        left = Math.min(left, x);
                        right = Math.max(right, x);
                        top = Math.min(top, y);
                        bottom = Math.max(bottom, y);
                    }
                }
            }
            int w = right < 0 ? 0 : right - left + 1, h = right < 0 ? 0 : bottom - top + 1;
            byte[] coverage = new byte[w * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    coverage[y * w + x] = (byte) (255 - (image.getRGB(left + x, top + y) & 0xff));
                }
            }
            glyphs.add(new int[] {c, metrics.charWidth(c), right < 0 ? 0 : left - originX,
                right < 0 ? 0 : top - baseline, w, h});
            bitmaps.add(coverage);
        }
        data.writeUTF(face.name());
        data.writeShort(metrics.getAscent());
        data.writeShort(metrics.getDescent());
        data.writeShort(glyphs.size());
        for (int i = 0; i < glyphs.size(); i++) {
            int[] g = glyphs.get(i);
            data.writeInt(g[0]);
            for (int k = 1; k < g.length; k++) {
                data.writeShort(g[k]);
            }
            data.write(bitmaps.get(i));
        }
    }

    private static int style(Face face) {
        return switch (face.style()) {
            case PLAIN -> Font.PLAIN;
            case BOLD -> Font.BOLD;
            case ITALIC -> Font.ITALIC;
        };
    }

    private static Graphics2D graphics(BufferedImage image, Font font) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        return g;
    }
}
