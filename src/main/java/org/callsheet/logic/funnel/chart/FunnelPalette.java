package org.callsheet.logic.funnel.chart;

import java.awt.Color;
import org.callsheet.logic.charts.ChartColours;
import org.callsheet.logic.charts.OkabeItoPalette;

/**
 * Every colour the funnel chart uses, in one place. The stages and marks come from the Okabe-Ito
 * palette, which stays distinguishable with the common forms of colour blindness: sky blue stages
 * outlined in blue, the stage after the weakest step in orange, the weakest step itself marked in
 * vermillion; background and text follow the app's chart colours (light or dark).
 */
public record FunnelPalette(
        Color background,
        Color stageFill,
        Color stageOutline,
        Color weakestFill,
        Color weakestMark,
        Color text,
        Color mutedText) {

    /** The palette on the chart colours of a theme. */
    public static FunnelPalette of(ChartColours colours) {
        return new FunnelPalette(colours.background(), OkabeItoPalette.SKY_BLUE, OkabeItoPalette.BLUE,
                OkabeItoPalette.ORANGE, OkabeItoPalette.VERMILLION, colours.text(), colours.mutedText());
    }

    /** Dark text on white, for paper and the light theme. */
    public static FunnelPalette light() {
        return of(ChartColours.LIGHT);
    }
}
