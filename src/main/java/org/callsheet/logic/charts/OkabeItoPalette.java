package org.callsheet.logic.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The colour-blind-safe palette of Okabe and Ito ("Color Universal Design", 2008): eight colours
 * that stay distinguishable with every common form of colour blindness. Charts take their series
 * colours from it in {@link #PREFERENCE} order, but a colour that does not stand out from the
 * background (yellow on white, black on a dark theme) is only used after all the ones that do.
 */
public final class OkabeItoPalette {
    public static final Color BLACK = new Color(0x000000);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);

    /** The order series take colours in: the four strongest first, the same in light and dark. */
    public static final List<Color> PREFERENCE = List.of(BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE,
            ORANGE, SKY_BLUE, YELLOW, BLACK);

    private OkabeItoPalette() {
    }

    /**
     * The series colours on this background: the palette's colours with at least
     * {@link Contrast#GRAPHICS_MINIMUM} contrast to it in preference order, then the others.
     */
    public static List<Color> seriesOn(Color background) {
        List<Color> visible = new ArrayList<>();
        List<Color> faint = new ArrayList<>();
        for (Color colour : PREFERENCE) {
            (Contrast.ratio(colour, background) >= Contrast.GRAPHICS_MINIMUM ? visible : faint).add(colour);
        }
        visible.addAll(faint);
        return List.copyOf(visible);
    }
}
