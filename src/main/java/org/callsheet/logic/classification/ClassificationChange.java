package org.callsheet.logic.classification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of a customer's class-change history: what changed, from which value to which
 * (enum names, null for "none"), when, for which as-of date and why. {@code note} is the rep's
 * reason for an override, otherwise null.
 */
public record ClassificationChange(long customerId, ChangedField what, String from, String to, Instant changedAt,
                                   LocalDate asOf, ChangeCause cause, String note) {

    public ClassificationChange {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(cause, "cause");
    }
}
