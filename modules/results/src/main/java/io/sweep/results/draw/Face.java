package io.sweep.results.draw;

/**
 * The faces of the sans-serif font the pictures use, each at one size in pixels. Their glyphs
 * come from {@code dejavu-sans.glyphs} ({@link TextFace}); adding one means running
 * {@code scripts/make-glyphs.sh} again.
 */
public enum Face {
    /** Tick labels of the plots. */
    PLAIN_12(Style.PLAIN, 12),
    /** Tick labels of the field pictures, legends. */
    PLAIN_13(Style.PLAIN, 13),
    /** Axis names: x, y, u, α, h. */
    ITALIC_15(Style.ITALIC, 15),
    /** Titles of a plot's panels. */
    BOLD_15(Style.BOLD, 15),
    /** Titles of pictures and plots. */
    BOLD_18(Style.BOLD, 18);

    /** How the face differs from the regular one. */
    public enum Style { PLAIN, BOLD, ITALIC }

    private final Style style;
    private final int size;

    Face(Style style, int size) {
        this.style = style;
        this.size = size;
    }

    public Style style() {
        return style;
    }

    /** The font size in pixels (Java2D's points at 72 dpi). */
    public int size() {
        return size;
    }

    /** The glyphs of this face. */
    public TextFace text() {
        return TextFace.of(this);
    }
}
