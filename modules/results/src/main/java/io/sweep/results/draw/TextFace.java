package io.sweep.results.draw;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Text in one {@link Face}, drawn from bitmaps: glyphs that Java2D rasterised once, when the
 * atlas was made ({@code GlyphAtlasGenerator}), as greyscale coverage with integer advances, so
 * a string drawn here looks as Java2D drew it (no kerning, as Java2D's default) without loading
 * AWT, fonts or a rasteriser in the JVM that draws it. Characters the atlas does not hold are
 * drawn as the font's box for a missing glyph.
 *
 * <p>Immutable; the atlas is read once per JVM, on first use (about 40 KB, a millisecond).
 */
public final class TextFace {
    static final int VERSION = 1;
    private static final String RESOURCE = "dejavu-sans.glyphs";
    private static final int MISSING = 0xFFFF;

    private final int ascent;
    private final int descent;
    /** Glyphs of code points below 0x3d0 by index, the few others in {@link #others}. */
    private final Glyph[] common;
    private final Map<Integer, Glyph> others;
    private final Glyph missing;

    /** One glyph: its advance, where its bitmap sits from the pen (top from the baseline), its coverage. */
    private record Glyph(int advance, int left, int top, int width, int height, byte[] coverage) {
    }

    private TextFace(int ascent, int descent, Glyph[] common, Map<Integer, Glyph> others) {
        this.ascent = ascent;
        this.descent = descent;
        this.common = common;
        this.others = others;
        Glyph box = others.get(MISSING);
        this.missing = box != null ? box : common['?'];
    }

    static TextFace of(Face face) {
        return Atlas.FACES.get(face);
    }

    /** Pixels from the baseline up to the top of the tallest letters (Java2D's FontMetrics ascent). */
    public int ascent() {
        return ascent;
    }

    public int descent() {
        return descent;
    }

    /** The advance of the whole string in pixels (FontMetrics.stringWidth). */
    public int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += glyph(c).advance;
            i += Character.charCount(c);
        }
        return width;
    }

    /** Draws the string with its baseline at y, starting at x, in colour 0xRRGGBB. */
    public void draw(Canvas canvas, String text, int x, int y, int colour) {
        drawGlyphs(canvas, text, x, y, colour, false);
    }

    /**
     * Draws the string turned a quarter to the left, reading upwards (a vertical axis's name):
     * its baseline is the column x, and it starts at row y and runs up from there.
     */
    public void drawUp(Canvas canvas, String text, int x, int y, int colour) {
        drawGlyphs(canvas, text, x, y, colour, true);
    }

    /** Each glyph's coverage blended at the pen, which advances along x, or up along -y when turned. */
    private void drawGlyphs(Canvas canvas, String text, int x, int y, int colour, boolean turned) {
        int pen = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            Glyph g = glyph(c);
            for (int row = 0; row < g.height; row++) {
                for (int column = 0; column < g.width; column++) {
                    int coverage = g.coverage[row * g.width + column] & 0xff;
                    if (coverage == 0) {
                        continue;
                    }
                    int across = pen + g.left + column, down = g.top + row;
                    if (turned) {
                        // (across, down) of the upright text → (down, -across) turned left.
                        canvas.blend(x + down, y - across, colour, coverage);
                    } else {
                        canvas.blend(x + across, y + down, colour, coverage);
                    }
                }
            }
            pen += g.advance;
            i += Character.charCount(c);
        }
    }

    /** Whether the atlas holds this character (else it is drawn as a box). */
    public boolean displays(int codePoint) {
        return codePoint < common.length ? common[codePoint] != null : others.containsKey(codePoint);
    }

    private Glyph glyph(int c) {
        Glyph g = c < common.length ? common[c] : others.get(c);
        return g != null ? g : missing;
    }

    /** The faces, read from the resource when first asked for (the holder-class idiom: read once). */
    private static final class Atlas {
        static final Map<Face, TextFace> FACES = read();

        private static Map<Face, TextFace> read() {
            try (InputStream in = TextFace.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                DataInputStream data = new DataInputStream(new InflaterInputStream(in, new Inflater(), 1 << 14));
                byte[] magic = data.readNBytes(4);
                int version = data.readUnsignedShort();
                if (!"SWGL".equals(new String(magic, StandardCharsets.US_ASCII)) || version != VERSION) {
                    throw new IllegalStateException(RESOURCE + " is not a glyph atlas of version " + VERSION);
                }
                Map<Face, TextFace> faces = new EnumMap<>(Face.class);
                for (int f = data.readUnsignedShort(); f > 0; f--) {
                    Face face = Face.valueOf(data.readUTF());
                    int ascent = data.readShort();
                    int descent = data.readShort();
                    Glyph[] common = new Glyph[0x3d0];
                    Map<Integer, Glyph> others = new HashMap<>();
                    for (int n = data.readUnsignedShort(); n > 0; n--) {
                        int code = data.readInt();
                        int advance = data.readShort(), left = data.readShort(), top = data.readShort();
                        int width = data.readShort(), height = data.readShort();
                        Glyph g = new Glyph(advance, left, top, width, height, data.readNBytes(width * height));
                        if (code < common.length) {
                            common[code] = g;
                        } else {
                            others.put(code, g);
                        }
                    }
                    faces.put(face, new TextFace(ascent, descent, common, others));
                }
                if (faces.size() != Face.values().length) {
                    throw new IllegalStateException(RESOURCE + " holds " + faces.keySet() + ", not every face");
                }
                return faces;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
