package org.callsheet.model;

import java.time.Instant;
import java.util.Objects;

/** What the rep logged after a visit. */
public record VisitReport(Instant doneAt, VisitOutcome outcome, String needs, String notes, String nextStep) {
    public VisitReport {
        Objects.requireNonNull(doneAt, "doneAt");
        Objects.requireNonNull(outcome, "outcome");
        needs = needs == null ? "" : needs;
        notes = notes == null ? "" : notes;
        nextStep = nextStep == null ? "" : nextStep;
    }
}
