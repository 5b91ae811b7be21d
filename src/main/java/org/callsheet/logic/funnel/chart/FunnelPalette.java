package org.callsheet.logic.funnel.chart;

import java.awt.Color;

/**
 * Every colour the funnel chart uses, in one place so a shared chart theme can replace them.
 * The defaults are from the Okabe-Ito palette, which stays distinguishable with the common
 * forms of colour blindness: sky blue stages outlined in blue, the stage after the weakest step
 * in orange, the weakest step itself marked in vermillion.
 */
public record FunnelPalette(
        Color background,
        Color stageFill,
        Color stageOutline,
        Color weakestFill,
        Color weakestMark,
        Color text,
        Color mutedText) {

    public static final Color OKABE_ITO_ORANGE = new Color(0xE6, 0x9F, 0x00);
    public static final Color OKABE_ITO_SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
    public static final Color OKABE_ITO_BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
    public static final Color OKABE_ITO_BLUE = new Color(0x00, 0x72, 0xB2);
    public static final Color OKABE_ITO_VERMILLION = new Color(0xD5, 0x5E, 0x00);

    /** Dark text on white, for paper and the light theme. */
    public static FunnelPalette light() {
        return new FunnelPalette(Color.WHITE, OKABE_ITO_SKY_BLUE, OKABE_ITO_BLUE, OKABE_ITO_ORANGE,
                OKABE_ITO_VERMILLION, new Color(0x22, 0x22, 0x22), new Color(0x5A, 0x5A, 0x5A));
    }
}
