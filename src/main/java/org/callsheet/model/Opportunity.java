package org.callsheet.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A sales opportunity of a customer moving through the funnel. {@code id} is null until stored;
 * {@code uid} is the stable id for CSV sync. {@code stageDates} holds when each stage was first
 * entered; the full history of changes is kept apart ({@link OpportunityChange}).
 */
public record Opportunity(
        Long id,
        String uid,
        String externalId,
        long customerId,
        OpportunityTerms terms,
        StageState state,
        StageDates stageDates,
        Instant createdAt,
        Instant updatedAt) {

    public Opportunity {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(state, "state");
        stageDates = stageDates == null ? StageDates.none() : stageDates;
        externalId = externalId == null || externalId.isBlank() ? null : externalId.strip();
    }

    public Opportunity withId(Long newId) {
        return new Opportunity(newId, uid, externalId, customerId, terms, state, stageDates, createdAt, updatedAt);
    }

    public Opportunity withTerms(OpportunityTerms newTerms, Instant now) {
        return new Opportunity(id, uid, externalId, customerId, newTerms, state, stageDates, createdAt, now);
    }

    public Opportunity withState(StageState newState, StageDates dates, Instant now) {
        return new Opportunity(id, uid, externalId, customerId, terms, newState, dates, createdAt, now);
    }

    public Stage stage() {
        return state.stage();
    }

    public boolean isOpen() {
        return state.isOpen();
    }
}
