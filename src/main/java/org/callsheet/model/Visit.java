package org.callsheet.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer visit: planned in a {@link VisitSlot}, with the reason it was planned and its
 * purpose; {@code report} is empty until the rep logs the visit. {@code id} is null until stored,
 * {@code uid} is the stable id for CSV.
 */
public record Visit(Long id, String uid, long customerId, VisitSlot slot, VisitReason reason, String purpose,
                    Optional<VisitReport> report, Instant createdAt, Instant updatedAt) {
    public Visit {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(slot, "slot");
        purpose = purpose == null ? "" : purpose;
        report = report == null ? Optional.empty() : report;
    }

    public boolean done() {
        return report.isPresent();
    }

    public Visit withId(Long newId) {
        return new Visit(newId, uid, customerId, slot, reason, purpose, report, createdAt, updatedAt);
    }

    public Visit withSlot(VisitSlot newSlot) {
        return new Visit(id, uid, customerId, newSlot, reason, purpose, report, createdAt, updatedAt);
    }

    public Visit withReport(VisitReport newReport) {
        return new Visit(id, uid, customerId, slot, reason, purpose, Optional.of(newReport), createdAt, updatedAt);
    }

    public Visit withStamps(Instant created, Instant updated) {
        return new Visit(id, uid, customerId, slot, reason, purpose, report, created, updated);
    }
}
