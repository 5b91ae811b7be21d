package org.callsheet.ui.charts;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.callsheet.logic.charts.ChartColours;
import org.callsheet.logic.charts.ChartStyle;
import org.callsheet.ui.common.ShippedFonts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

/**
 * A chart in the app's look that follows the theme: it is built from the live theme's colours
 * and built again when the user switches between light and dark. Every chart of the window is
 * shown through one of these.
 */
public final class ThemedChart {
    private final Function<ChartStyle, JFreeChart> build;
    private final StackPane root = new StackPane();
    private final ChartViewer viewer;
    private ChartColours colours;

    /** A chart that is only looked at; {@code build} as below. */
    public ThemedChart(Function<ChartStyle, JFreeChart> build) {
        this(build, null);
    }

    /**
     * {@code build} makes the chart in the given style (it is called again on a theme switch);
     * {@code clicked} gets the entity under a click (a bar, a point, a pyramid tier), if given.
     */
    public ThemedChart(Function<ChartStyle, JFreeChart> build, Consumer<ChartEntity> clicked) {
        this.build = Objects.requireNonNull(build, "build");
        this.colours = ChartColours.LIGHT;
        this.viewer = new ChartViewer(build.apply(style(colours)));
        viewer.setPrefSize(520, 320);
        viewer.setMinSize(300, 220);
        if (clicked != null) {
            listen(clicked);
        }
        Region probe = LiveChartColours.probe();
        probe.backgroundProperty().addListener((obs, old, now) ->
                LiveChartColours.read(now).ifPresent(this::follow));
        root.getChildren().addAll(probe, viewer);
    }

    private void listen(Consumer<ChartEntity> clicked) {
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                if (event.getEntity() != null) {
                    clicked.accept(event.getEntity());
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                // only clicks open something
            }
        });
    }

    public Node node() {
        return root;
    }

    public ChartViewer viewer() {
        return viewer;
    }

    public JFreeChart chart() {
        return viewer.getChart();
    }

    /** The colours the chart is drawn in now. */
    public ChartColours colours() {
        return colours;
    }

    private void follow(ChartColours live) {
        if (!live.equals(colours)) {
            colours = live;
            viewer.setChart(build.apply(style(live)));
        }
    }

    /** The app's chart style in these colours, with the shipped CJK font. */
    public static ChartStyle style(ChartColours colours) {
        ShippedFonts.ensureRegisteredWithAwt();
        return ChartStyle.of(colours, ShippedFonts.FAMILY);
    }
}
