package org.callsheet.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Builds a {@link Call} by naming its parts, so code that fills a call from a form or changes a
 * few of its fields does not pass 22 values by position. Start from {@link Call#builder} or
 * {@link Call#toBuilder}.
 */
public final class CallBuilder {
    private Long id;
    private String uid;
    private String externalId;
    private long customerId;
    private Long contactId;
    private String numberInput;
    private String numberDigits;
    private CallDirection direction;
    private Instant startedAt;
    private int durationSeconds;
    private CallOutcome outcome;
    private String needs;
    private Attitude attitude;
    private boolean visitOpportunity;
    private LocalDate proposedVisitDate;
    private Integer interestLevel;
    private String notes;
    private String nextStep;
    private String caller;
    private Instant createdAt;
    private Instant updatedAt;
    private String customOutcome;

    CallBuilder(String uid) {
        this.uid = uid;
    }

    CallBuilder(Call c) {
        this(c.uid());
        id = c.id();
        externalId = c.externalId();
        customerId = c.customerId();
        contactId = c.contactId();
        numberInput = c.numberInput();
        numberDigits = c.numberDigits();
        direction = c.direction();
        startedAt = c.startedAt();
        durationSeconds = c.durationSeconds();
        outcome = c.outcome();
        needs = c.needs();
        attitude = c.attitude();
        visitOpportunity = c.visitOpportunity();
        proposedVisitDate = c.proposedVisitDate();
        interestLevel = c.interestLevel();
        notes = c.notes();
        nextStep = c.nextStep();
        caller = c.caller();
        createdAt = c.createdAt();
        updatedAt = c.updatedAt();
        customOutcome = c.customOutcome();
    }

    public CallBuilder customer(long customer, Long contact) {
        this.customerId = customer;
        this.contactId = contact;
        return this;
    }

    /** The number as typed; its digits are worked out when the call is logged. */
    public CallBuilder number(String input) {
        this.numberInput = input;
        this.numberDigits = null;
        return this;
    }

    public CallBuilder direction(CallDirection value) {
        this.direction = value;
        return this;
    }

    public CallBuilder time(Instant started, int seconds) {
        this.startedAt = started;
        this.durationSeconds = seconds;
        return this;
    }

    /** A built-in outcome, or an "other" one with the id of the rep's own outcome. */
    public CallBuilder outcome(CallOutcome value, String custom) {
        this.outcome = value;
        this.customOutcome = custom;
        return this;
    }

    /** What the rep learnt: needs, attitude, interest (1–5 or null), notes and the next step. */
    public CallBuilder findings(String needsText, Attitude attitudeValue, Integer interest, String notesText,
                                String nextStepText) {
        this.needs = needsText;
        this.attitude = attitudeValue;
        this.interestLevel = interest;
        this.notes = notesText;
        this.nextStep = nextStepText;
        return this;
    }

    /** A visit opportunity and the date proposed (null without an opportunity). */
    public CallBuilder visit(boolean opportunity, LocalDate proposed) {
        this.visitOpportunity = opportunity;
        this.proposedVisitDate = opportunity ? proposed : null;
        return this;
    }

    public CallBuilder caller(String value) {
        this.caller = value;
        return this;
    }

    public CallBuilder stamps(Instant created, Instant updated) {
        this.createdAt = created;
        this.updatedAt = updated;
        return this;
    }

    public Call build() {
        return new Call(id, uid, externalId, customerId, contactId, numberInput, numberDigits, direction, startedAt,
                durationSeconds, outcome, needs, attitude, visitOpportunity, proposedVisitDate, interestLevel, notes,
                nextStep, caller, createdAt, updatedAt, customOutcome);
    }
}
