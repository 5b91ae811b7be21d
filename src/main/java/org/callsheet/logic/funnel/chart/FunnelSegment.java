package org.callsheet.logic.funnel.chart;

import org.callsheet.model.Stage;

/**
 * One stage as the funnel chart draws it: its name, the value its width stands for, and the texts
 * beside it. {@code conversionText} (to the next stage) and {@code daysText} are null where there
 * is none; {@code weakestStepBelow} marks the step from this stage to the next as the weakest.
 */
record FunnelSegment(Stage stage, String name, double value, String valueText, String conversionText,
                     String daysText, boolean weakestStepBelow) {
}
