package org.callsheet.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A planned call or visit. {@code snoozedUntil} hides it until that time; {@code sourceCallId} is
 * the call it was created from (null when planned by hand); {@code closedAt} is when it was done or
 * cancelled.
 */
public record FollowUp(
        Long id,
        String uid,
        long customerId,
        Long contactId,
        FollowUpKind kind,
        Instant dueAt,
        FollowUpStatus status,
        Instant snoozedUntil,
        Long sourceCallId,
        String note,
        Instant closedAt,
        Instant createdAt,
        Instant updatedAt) {

    public FollowUp {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(dueAt, "dueAt");
        kind = kind == null ? FollowUpKind.CALL : kind;
        status = status == null ? FollowUpStatus.OPEN : status;
        note = note == null ? "" : note;
    }

    public boolean isOpen() {
        return status == FollowUpStatus.OPEN;
    }

    /** The time it shows up: its due time, or later while snoozed. */
    public Instant effectiveAt() {
        return snoozedUntil != null && snoozedUntil.isAfter(dueAt) ? snoozedUntil : dueAt;
    }

    public FollowUp withId(Long newId) {
        return new FollowUp(newId, uid, customerId, contactId, kind, dueAt, status, snoozedUntil, sourceCallId,
                note, closedAt, createdAt, updatedAt);
    }

    public FollowUp rescheduled(Instant newDue, Instant now) {
        return new FollowUp(id, uid, customerId, contactId, kind, newDue, status, null, sourceCallId,
                note, closedAt, createdAt, now);
    }

    public FollowUp snoozed(Instant until, Instant now) {
        return new FollowUp(id, uid, customerId, contactId, kind, dueAt, status, until, sourceCallId,
                note, closedAt, createdAt, now);
    }

    public FollowUp closed(FollowUpStatus newStatus, Instant now) {
        return new FollowUp(id, uid, customerId, contactId, kind, dueAt, newStatus, snoozedUntil, sourceCallId,
                note, now, createdAt, now);
    }
}
