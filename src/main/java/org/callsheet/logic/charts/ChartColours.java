package org.callsheet.logic.charts;

import java.awt.Color;
import java.util.Objects;

/**
 * The plain colours a chart is drawn in, taken from the app's theme: the background of the chart
 * and its plot (one colour, so a chart sits on its page like any other panel), the text, the
 * quieter text of tick labels, grid lines and axis lines.
 *
 * <p>{@link #LIGHT} and {@link #DARK} are AtlantaFX's Primer Light and Primer Dark colours
 * ({@code -color-bg-default}, {@code -color-fg-default}, {@code -color-fg-muted},
 * {@code -color-border-muted}, {@code -color-border-default}), for output made without a window
 * (the window reads them from the live theme).
 */
public record ChartColours(Color background, Color text, Color mutedText, Color gridLines, Color axisLines) {
    public static final ChartColours LIGHT = new ChartColours(new Color(0xffffff), new Color(0x24292f),
            new Color(0x57606a), new Color(0xd0d7de), new Color(0xd0d7de));
    public static final ChartColours DARK = new ChartColours(new Color(0x0d1117), new Color(0xc9d1d9),
            new Color(0x8b949e), new Color(0x21262d), new Color(0x30363d));

    public ChartColours {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mutedText, "mutedText");
        Objects.requireNonNull(gridLines, "gridLines");
        Objects.requireNonNull(axisLines, "axisLines");
    }

    /** Whether the background is dark (light text on it). */
    public boolean dark() {
        return Contrast.luminance(background) < 0.2;
    }
}
