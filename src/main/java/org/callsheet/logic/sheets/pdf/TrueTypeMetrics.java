package org.callsheet.logic.sheets.pdf;

import java.io.IOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.callsheet.logic.sheets.layout.FontMetrics;

/**
 * The real advance widths of a TrueType font, read once into tables (so the layout may measure on
 * any thread while the font itself is never touched again). Planes beyond the BMP are looked up
 * when the table was read too, for the code points the font maps there.
 */
final class TrueTypeMetrics implements FontMetrics {
    private static final int BMP = 0x10000;

    private final float[] advances = new float[BMP];
    private final java.util.Map<Integer, Float> supplementary;
    private final float ascent;
    private final float descent;

    TrueTypeMetrics(TrueTypeFont font) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        float unitsPerEm = font.getUnitsPerEm();
        java.util.Arrays.fill(advances, -1f);
        for (int cp = 0; cp < BMP; cp++) {
            int gid = cmap.getGlyphId(cp);
            if (gid > 0) {
                advances[cp] = font.getAdvanceWidth(gid) / unitsPerEm;
            }
        }
        java.util.Map<Integer, Float> beyond = new java.util.HashMap<>();
        for (int cp = BMP; cp < 0x30000; cp++) {
            int gid = cmap.getGlyphId(cp);
            if (gid > 0) {
                beyond.put(cp, font.getAdvanceWidth(gid) / unitsPerEm);
            }
        }
        this.supplementary = java.util.Map.copyOf(beyond);
        this.ascent = font.getHorizontalHeader().getAscender() / unitsPerEm;
        this.descent = -font.getHorizontalHeader().getDescender() / unitsPerEm;
    }

    @Override
    public boolean covers(int codePoint) {
        if (codePoint < BMP) {
            return codePoint >= 0 && advances[codePoint] >= 0;
        }
        return supplementary.containsKey(codePoint);
    }

    @Override
    public float advance(int codePoint) {
        float advance = codePoint < BMP ? advances[codePoint] : supplementary.getOrDefault(codePoint, -1f);
        if (advance < 0) {
            throw new IllegalArgumentException("the font has no glyph for U+" + Integer.toHexString(codePoint));
        }
        return advance;
    }

    @Override
    public float ascent() {
        return ascent;
    }

    @Override
    public float descent() {
        return descent;
    }
}
