package org.callsheet.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of an opportunity's history: a change of its stage, amount, expected close or status,
 * when and by whom. {@code fromStage} is null for the entry that opened the opportunity;
 * {@code amount} is the amount after the change (the amount then).
 */
public record OpportunityChange(
        long opportunityId,
        Instant at,
        String by,
        Stage fromStage,
        Stage toStage,
        BigDecimal fromAmount,
        BigDecimal amount,
        LocalDate fromClose,
        LocalDate toClose,
        OpportunityStatus status) {

    public OpportunityChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(toStage, "toStage");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        by = by == null ? "" : by;
    }

    /** The change between two states of one opportunity (both with the same id). */
    public static OpportunityChange between(Opportunity before, Opportunity after, Instant at, String by) {
        return new OpportunityChange(after.id() == null ? 0 : after.id(), at, by,
                before == null ? null : before.stage(), after.stage(),
                before == null ? null : before.terms().amount(), after.terms().amount(),
                before == null ? null : before.terms().expectedClose(), after.terms().expectedClose(),
                after.state().status());
    }

    public OpportunityChange forOpportunity(long id) {
        return new OpportunityChange(id, at, by, fromStage, toStage, fromAmount, amount, fromClose, toClose, status);
    }

    public boolean stageChanged() {
        return fromStage != toStage;
    }
}
