package org.callsheet.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A logged telephone call. {@code id} is null until stored; {@code uid} is the stable id for CSV
 * sync. {@code number} is the number dialled (its {@code digits()} as a person in China dials
 * them); {@code interestLevel} is 1–5 or null when not judged; {@code proposedVisitDate} only
 * matters with a visit opportunity. {@code customOutcome} is the id of the rep's own outcome when
 * {@code outcome} is one of the "other" values, else null.
 */
public record Call(
        Long id,
        String uid,
        String externalId,
        long customerId,
        Long contactId,
        String numberInput,
        String numberDigits,
        CallDirection direction,
        Instant startedAt,
        int durationSeconds,
        CallOutcome outcome,
        String needs,
        Attitude attitude,
        boolean visitOpportunity,
        LocalDate proposedVisitDate,
        Integer interestLevel,
        String notes,
        String nextStep,
        String caller,
        Instant createdAt,
        Instant updatedAt,
        String customOutcome) {

    public Call {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(outcome, "outcome");
        numberInput = numberInput == null ? "" : numberInput;
        numberDigits = numberDigits == null ? "" : numberDigits;
        direction = direction == null ? CallDirection.OUTGOING : direction;
        needs = needs == null ? "" : needs;
        notes = notes == null ? "" : notes;
        nextStep = nextStep == null ? "" : nextStep;
        caller = caller == null ? "" : caller;
        customOutcome = outcome.custom() && customOutcome != null && !customOutcome.isBlank()
                ? customOutcome.strip() : null;
    }

    /** A call with a built-in outcome. */
    public Call(Long id, String uid, String externalId, long customerId, Long contactId, String numberInput,
                String numberDigits, CallDirection direction, Instant startedAt, int durationSeconds,
                CallOutcome outcome, String needs, Attitude attitude, boolean visitOpportunity,
                LocalDate proposedVisitDate, Integer interestLevel, String notes, String nextStep, String caller,
                Instant createdAt, Instant updatedAt) {
        this(id, uid, externalId, customerId, contactId, numberInput, numberDigits, direction, startedAt,
                durationSeconds, outcome, needs, attitude, visitOpportunity, proposedVisitDate, interestLevel, notes,
                nextStep, caller, createdAt, updatedAt, null);
    }

    /** A new call with this uid, to be filled part by part. */
    public static CallBuilder builder(String uid) {
        return new CallBuilder(uid);
    }

    /** This call's parts, to change some of them. */
    public CallBuilder toBuilder() {
        return new CallBuilder(this);
    }

    public boolean connected() {
        return outcome.connected();
    }

    /** When the call ended (start plus duration). */
    public Instant endedAt() {
        return startedAt.plusSeconds(durationSeconds);
    }

    public boolean hasNeeds() {
        return !needs.isBlank();
    }

    public Call withId(Long newId) {
        return new Call(newId, uid, externalId, customerId, contactId, numberInput, numberDigits, direction,
                startedAt, durationSeconds, outcome, needs, attitude, visitOpportunity, proposedVisitDate,
                interestLevel, notes, nextStep, caller, createdAt, updatedAt, customOutcome);
    }

    public Call withNumber(String input, String digits) {
        return new Call(id, uid, externalId, customerId, contactId, input, digits, direction,
                startedAt, durationSeconds, outcome, needs, attitude, visitOpportunity, proposedVisitDate,
                interestLevel, notes, nextStep, caller, createdAt, updatedAt, customOutcome);
    }

    public Call withStamps(Instant created, Instant updated) {
        return new Call(id, uid, externalId, customerId, contactId, numberInput, numberDigits, direction,
                startedAt, durationSeconds, outcome, needs, attitude, visitOpportunity, proposedVisitDate,
                interestLevel, notes, nextStep, caller, created, updated, customOutcome);
    }
}
