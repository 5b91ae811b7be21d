package org.callsheet.logic.csv.imports;

import java.time.Instant;
import java.util.Optional;
import org.callsheet.logic.calls.CustomOutcome;
import org.callsheet.logic.csv.IncomingCall;
import org.callsheet.model.Call;
import org.callsheet.model.CallOutcome;

/**
 * Applies a row to a stored call under a policy; uid and creation stamp are never taken from a
 * file. Text equal but for surrounding spaces counts as the same, so re-importing an export is no change.
 */
final class CallMerger {
    private final FieldPicker pick;
    private final Instant now;

    CallMerger(DuplicatePolicy policy, Instant now) {
        this.pick = new FieldPicker(policy);
        this.now = now;
    }

    /**
     * @param externalId the row's call id, or null when it is blank or another stored call holds it
     * @param contactId  the row's contact resolved within the customer, null when none
     * @param own        the rep's own outcome the row names, null when none
     * @param digits     the dial digits of the row's number
     */
    Optional<Call> apply(Call stored, IncomingCall in, CustomOutcome own, long customerId, String externalId,
                         Long contactId, String digits) {
        Outcome outcome = outcome(stored, in, own);
        String numberInput = text(stored.numberInput(), in.phone().input());
        String numberDigits = numberInput.equals(stored.numberInput()) ? stored.numberDigits() : digits;
        boolean visit = pick.value(stored.visitOpportunity(), in.visitOpportunity());
        Call result = new Call(stored.id(), stored.uid(), pick.text(stored.externalId(), externalId),
                pick.updates() ? customerId : stored.customerId(), pick.value(stored.contactId(), contactId),
                numberInput, numberDigits, pick.value(stored.direction(), in.direction()),
                pick.value(stored.startedAt(), in.startedAt()),
                pick.value(stored.durationSeconds(), in.durationSeconds()),
                outcome.value(), text(stored.needs(), in.needs()),
                pick.value(stored.attitude(), in.attitude()), visit,
                visit ? pick.value(stored.proposedVisitDate(), in.visitDate()) : null,
                pick.value(stored.interestLevel(), in.interestLevel()), text(stored.notes(), in.notes()),
                text(stored.nextStep(), in.nextStep()), text(stored.caller(), in.caller()),
                stored.createdAt(), stored.updatedAt(), outcome.customId());
        if (result.equals(stored)) {
            return Optional.empty();
        }
        return Optional.of(result.withStamps(stored.createdAt(), now));
    }

    /** An outcome with the rep's own outcome it stands for; they are taken together. */
    private record Outcome(CallOutcome value, String customId) {
    }

    /** A row without a label never erases the own outcome a call with the same "other" value has. */
    private Outcome outcome(Call stored, IncomingCall in, CustomOutcome own) {
        Outcome before = new Outcome(stored.outcome(), stored.customOutcome());
        Outcome incoming = own != null ? new Outcome(own.storedAs(), own.id())
                : new Outcome(in.outcome(), in.outcome() == stored.outcome() ? stored.customOutcome() : null);
        return pick.value(before, incoming);
    }

    private String text(String stored, String incoming) {
        if (stored != null && incoming != null && stored.strip().equals(incoming.strip())) {
            return stored;
        }
        String picked = pick.text(stored, incoming);
        return picked == null ? "" : picked;
    }
}
