package org.callsheet.ui.funnel;

import java.util.function.Consumer;
import javafx.scene.Node;
import org.callsheet.logic.funnel.chart.FunnelChartBuilder;
import org.callsheet.logic.funnel.chart.FunnelChartTexts;
import org.callsheet.logic.funnel.chart.FunnelMeasure;
import org.callsheet.logic.funnel.chart.FunnelPalette;
import org.callsheet.logic.funnel.chart.FunnelStageEntity;
import org.callsheet.model.Stage;
import org.callsheet.ui.common.ShippedFonts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

/**
 * The funnel chart on screen: the same chart the sales brief prints ({@link FunnelChartBuilder}),
 * in a ChartViewer; a click on a stage's band opens that stage.
 */
final class FunnelChartViewer {
    private FunnelChartViewer() {
    }

    static Node create(FunnelComparison shown, FunnelMeasure measure, FunnelLabels labels, Consumer<Stage> open) {
        ShippedFonts.ensureRegisteredWithAwt();
        FunnelChartBuilder builder = new FunnelChartBuilder(new FunnelChartTexts(labels.i18n().language().locale()),
                FunnelPalette.light(), ShippedFonts.FAMILY);
        JFreeChart chart = builder.chart(shown.current(), measure);
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId("funnelChart");
        viewer.setPrefSize(620, 420);
        viewer.setMinSize(320, 300);
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                if (event.getEntity() instanceof FunnelStageEntity stage) {
                    open.accept(stage.stage());
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                // only clicks open a stage; the viewer shows the tooltips itself
            }
        });
        return viewer;
    }
}
