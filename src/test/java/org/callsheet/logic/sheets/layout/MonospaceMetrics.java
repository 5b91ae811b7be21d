package org.callsheet.logic.sheets.layout;

/**
 * Test metrics: Latin half an em, everything else a full em, and no glyph for the code points
 * beyond the BMP (as the shipped font).
 */
public final class MonospaceMetrics implements FontMetrics {
    @Override
    public boolean covers(int codePoint) {
        return codePoint < 0x10000 && codePoint >= 0x20;
    }

    @Override
    public float advance(int codePoint) {
        return codePoint < 0x2E80 ? 0.5f : 1f;
    }

    @Override
    public float ascent() {
        return 0.8f;
    }

    @Override
    public float descent() {
        return 0.2f;
    }
}
