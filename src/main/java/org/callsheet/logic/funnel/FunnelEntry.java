package org.callsheet.logic.funnel;

import java.math.BigDecimal;
import java.time.Instant;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.Stage;
import org.callsheet.model.StageDates;

/**
 * The facts of one opportunity the funnel figures are made from. {@code stage} is its current
 * stage (the one it was lost in, for a lost one); {@code probability} is in percent.
 */
public record FunnelEntry(
        long id,
        String owner,
        Instant createdAt,
        Stage stage,
        OpportunityStatus status,
        BigDecimal amount,
        int probability,
        StageDates dates,
        String lostReason) {

    /**
     * The furthest stage the opportunity reached: every stage for a won one, else the furthest it
     * ever entered (a lost one reached the stage it was lost in, or a further one it had entered before
     * moving back), and never before its current stage.
     */
    public Stage furthest() {
        if (status == OpportunityStatus.WON) {
            return Stage.INVOICE;
        }
        Stage entered = dates.furthest().orElse(stage);
        return entered.ordinal() >= stage.ordinal() ? entered : stage;
    }
}
