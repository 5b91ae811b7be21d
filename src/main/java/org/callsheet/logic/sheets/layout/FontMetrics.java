package org.callsheet.logic.sheets.layout;

/**
 * Widths and heights of the one font sheets are set in, as fractions of the font size. The PDF
 * renderer's font supplies the real values; the layout only measures through this interface.
 */
public interface FontMetrics {

    /** Whether the font has a glyph for the code point. */
    boolean covers(int codePoint);

    /** Advance width of a covered code point at font size 1. */
    float advance(int codePoint);

    /** Height above the baseline at font size 1. */
    float ascent();

    /** Depth below the baseline at font size 1 (positive). */
    float descent();

    /** Width of text whose every code point is covered, at the given size. */
    default float width(String text, float size) {
        float sum = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            sum += advance(cp);
            i += Character.charCount(cp);
        }
        return sum * size;
    }
}
