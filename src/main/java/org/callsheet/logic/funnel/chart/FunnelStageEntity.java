package org.callsheet.logic.funnel.chart;

import java.awt.Shape;
import org.callsheet.model.Stage;
import org.jfree.chart.entity.ChartEntity;

/** The area of one stage of the funnel chart, so a click on it can open that stage's opportunities. */
public final class FunnelStageEntity extends ChartEntity {
    private final transient Stage stage;

    FunnelStageEntity(Shape area, Stage stage, String toolTip) {
        super(area, toolTip);
        this.stage = stage;
    }

    public Stage stage() {
        return stage;
    }
}
