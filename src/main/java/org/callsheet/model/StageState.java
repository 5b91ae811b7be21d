package org.callsheet.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Where an opportunity stands: its stage and since when, the probability of winning it (percent),
 * and whether it is open, won or lost (then with the reason and when it was closed).
 */
public record StageState(
        Stage stage,
        int probability,
        Instant stageSince,
        OpportunityStatus status,
        String lostReason,
        Instant closedAt) {

    public StageState {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(stageSince, "stageSince");
        Objects.requireNonNull(status, "status");
        if (probability < 0 || probability > 100) {
            throw new IllegalArgumentException("probability " + probability);
        }
        lostReason = status == OpportunityStatus.LOST && lostReason != null ? lostReason.strip() : null;
        closedAt = status.closed() ? closedAt : null;
    }

    public static StageState open(Stage stage, int probability, Instant since) {
        return new StageState(stage, probability, since, OpportunityStatus.OPEN, null, null);
    }

    public boolean isOpen() {
        return status == OpportunityStatus.OPEN;
    }
}
