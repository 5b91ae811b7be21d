package org.callsheet.logic.funnel;

import java.math.BigDecimal;
import org.callsheet.model.Stage;

/**
 * The funnel figures of one stage. {@code reached} and {@code reachedAmount} count the
 * opportunities whose furthest stage is this one or later; {@code conversionToNext} is
 * reached(next) / reached(this) with 4 decimals, null for the last stage or when none reached this
 * one; {@code averageDaysInStage} (2 decimals) is null when no opportunity left the stage;
 * {@code open}, {@code openAmount} and {@code weightedAmount} are over the open ones now in it.
 */
public record StageFigures(
        Stage stage,
        long reached,
        BigDecimal reachedAmount,
        BigDecimal conversionToNext,
        BigDecimal averageDaysInStage,
        long open,
        BigDecimal openAmount,
        BigDecimal weightedAmount) {
}
