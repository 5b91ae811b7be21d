package org.callsheet.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** What an opportunity is about: title, amount, who owns it, where it came from, when it should close, what comes next. */
public record OpportunityTerms(
        String title,
        BigDecimal amount,
        String owner,
        OpportunitySource source,
        LocalDate expectedClose,
        String nextStep,
        String notes) {

    public OpportunityTerms {
        Objects.requireNonNull(amount, "amount");
        title = title == null ? "" : title.strip();
        owner = owner == null ? "" : owner.strip();
        source = source == null ? OpportunitySource.MANUAL : source;
        nextStep = nextStep == null ? "" : nextStep;
        notes = notes == null ? "" : notes;
    }

    public OpportunityTerms withAmount(BigDecimal newAmount) {
        return new OpportunityTerms(title, newAmount, owner, source, expectedClose, nextStep, notes);
    }

    public OpportunityTerms withExpectedClose(LocalDate date) {
        return new OpportunityTerms(title, amount, owner, source, date, nextStep, notes);
    }
}
