package org.callsheet.ui.funnel;

import java.util.function.Consumer;
import javafx.scene.Node;
import org.callsheet.logic.funnel.chart.FunnelChartBuilder;
import org.callsheet.logic.funnel.chart.FunnelChartTexts;
import org.callsheet.logic.funnel.chart.FunnelMeasure;
import org.callsheet.logic.funnel.chart.FunnelPalette;
import org.callsheet.ui.charts.ThemedChart;
import org.callsheet.logic.funnel.chart.FunnelStageEntity;
import org.callsheet.model.Stage;
import org.callsheet.ui.common.ShippedFonts;

/**
 * The funnel chart on screen: the same chart the sales brief prints ({@link FunnelChartBuilder}),
 * in the app's chart look (light or dark, following the theme); a click on a stage's band opens that stage.
 */
final class FunnelChartViewer {
    private FunnelChartViewer() {
    }

    static Node create(FunnelComparison shown, FunnelMeasure measure, FunnelLabels labels, Consumer<Stage> open) {
        FunnelChartTexts texts = new FunnelChartTexts(labels.i18n().language().locale());
        ThemedChart chart = new ThemedChart(style -> new FunnelChartBuilder(texts,
                FunnelPalette.of(style.colours()), ShippedFonts.FAMILY).chart(shown.current(), measure),
                entity -> {
                    if (entity instanceof FunnelStageEntity stage) {
                        open.accept(stage.stage());
                    }
                });
        chart.viewer().setId("funnelChart");
        chart.viewer().setPrefSize(620, 420);
        chart.viewer().setMinSize(320, 300);
        return chart.node();
    }
}
