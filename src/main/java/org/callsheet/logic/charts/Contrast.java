package org.callsheet.logic.charts;

import java.awt.Color;

/** WCAG 2 relative luminance and contrast ratio, to tell whether a colour stands out from a background. */
public final class Contrast {
    /** WCAG's minimum for graphical objects such as points, lines and bars. */
    public static final double GRAPHICS_MINIMUM = 3.0;

    private Contrast() {
    }

    /** Contrast ratio between two colours, 1 (none) to 21 (black on white). */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Relative luminance of an sRGB colour, 0 (black) to 1 (white). */
    public static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen())
                + 0.0722 * linear(colour.getBlue());
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
