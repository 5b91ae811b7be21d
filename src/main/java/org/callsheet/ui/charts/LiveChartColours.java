package org.callsheet.ui.charts;

import java.util.List;
import java.util.Optional;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.callsheet.logic.charts.ChartColours;

/**
 * Reads the chart colours from the live AtlantaFX theme. A probe region placed in the scene is
 * filled with the theme's looked-up colours, one background fill each, so CSS resolves them
 * whenever the theme (the user agent stylesheet) changes.
 */
final class LiveChartColours {
    /** In the order of {@link ChartColours}' components. */
    static final String PROBE_STYLE = "-fx-background-color: -color-bg-default, -color-fg-default, "
            + "-color-fg-muted, -color-border-muted, -color-border-default;";
    private static final int COLOURS = 5;

    private LiveChartColours() {
    }

    /** A region that carries the theme's colours once CSS has been applied to it; never shown. */
    static Region probe() {
        Region probe = new Region();
        probe.setStyle(PROBE_STYLE);
        probe.setManaged(false);
        probe.setVisible(false);
        probe.setMouseTransparent(true);
        return probe;
    }

    /** The colours the probe's CSS resolved, or empty while it has none (not in a scene yet). */
    static Optional<ChartColours> read(Background background) {
        if (background == null || background.getFills().size() != COLOURS) {
            return Optional.empty();
        }
        List<BackgroundFill> fills = background.getFills();
        java.awt.Color[] colours = new java.awt.Color[COLOURS];
        for (int i = 0; i < COLOURS; i++) {
            Paint paint = fills.get(i).getFill();
            if (!(paint instanceof Color colour)) {
                return Optional.empty();
            }
            colours[i] = awt(colour);
        }
        return Optional.of(new ChartColours(colours[0], colours[1], colours[2], colours[3], colours[4]));
    }

    static java.awt.Color awt(Color colour) {
        return new java.awt.Color((float) colour.getRed(), (float) colour.getGreen(), (float) colour.getBlue(),
                (float) colour.getOpacity());
    }
}
