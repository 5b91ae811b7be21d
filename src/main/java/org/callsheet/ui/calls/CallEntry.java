package org.callsheet.ui.calls;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.callsheet.logic.calls.CallWarning;
import org.callsheet.logic.calls.OutcomeChoice;
import org.callsheet.logic.reminders.CallServices;
import org.callsheet.model.Call;
import org.callsheet.model.CallBuilder;
import org.callsheet.model.Contact;

/**
 * What the call dialog is for: logging a new call, or correcting a logged one. A correction keeps
 * the call's identity, caller and creation time, warns about nothing and never plans a reminder.
 */
sealed interface CallEntry {

    /** The call's identity and stamps, to be filled from the form. */
    CallBuilder builder(Instant now);

    /** Stores the call; {@code followUpAt} (null for none) is when to call again. */
    Call store(CallServices services, Call call, Instant followUpAt);

    /** Who already called the customer lately, shown before the rep dials. */
    List<CallWarning> warningsBefore(CallServices services, long customerId, Instant now);

    /** Who already called this number lately (before a customer is chosen). */
    List<CallWarning> warningsBefore(CallServices services, String number, Instant now);

    /** The follow-up the outcome suggests for a call started at {@code start}. */
    Optional<Instant> suggestedFollowUp(CallServices services, OutcomeChoice outcome, Instant start);

    /** The contact to show once the customer's contacts are loaded. */
    Contact contactAmong(List<Contact> contacts);

    /** The number to show once the contact's numbers are offered; empty: the first one offered. */
    Optional<String> number();

    /** The status bar message after a save. */
    String savedKey();

    /** What a second save of the dialog does after {@code stored} was saved. */
    CallEntry afterSave(Call stored);

    /** A call not logged yet; {@code uid} stays the same however often the rep saves. */
    record NewCall(String uid, String caller) implements CallEntry {
        @Override
        public CallBuilder builder(Instant now) {
            return Call.builder(uid).caller(caller).stamps(now, now);
        }

        @Override
        public Call store(CallServices services, Call call, Instant followUpAt) {
            return services.logWithFollowUp(call, followUpAt).call();
        }

        @Override
        public List<CallWarning> warningsBefore(CallServices services, long customerId, Instant now) {
            return services.log().warningsBeforeCall(customerId, now);
        }

        @Override
        public List<CallWarning> warningsBefore(CallServices services, String number, Instant now) {
            return services.log().warningsBeforeCall(number, now);
        }

        @Override
        public Optional<Instant> suggestedFollowUp(CallServices services, OutcomeChoice outcome, Instant start) {
            return services.followUps().suggestedTime(outcome.outcome(), start);
        }

        @Override
        public Contact contactAmong(List<Contact> contacts) {
            return contacts.stream().filter(Contact::decisionMaker).findFirst()
                    .orElse(contacts.isEmpty() ? null : contacts.getFirst());
        }

        @Override
        public Optional<String> number() {
            return Optional.empty();
        }

        @Override
        public String savedKey() {
            return "callDialog.saved";
        }

        /** The same uid again: a second save is recognised as the same call. */
        @Override
        public CallEntry afterSave(Call stored) {
            return this;
        }
    }

    /** A logged call being corrected. */
    record Correction(Call original) implements CallEntry {
        @Override
        public CallBuilder builder(Instant now) {
            return original.toBuilder().stamps(original.createdAt(), now);
        }

        @Override
        public Call store(CallServices services, Call call, Instant followUpAt) {
            return services.log().update(call);
        }

        @Override
        public List<CallWarning> warningsBefore(CallServices services, long customerId, Instant now) {
            return List.of();
        }

        @Override
        public List<CallWarning> warningsBefore(CallServices services, String number, Instant now) {
            return List.of();
        }

        @Override
        public Optional<Instant> suggestedFollowUp(CallServices services, OutcomeChoice outcome, Instant start) {
            return Optional.empty();
        }

        @Override
        public Contact contactAmong(List<Contact> contacts) {
            return contacts.stream().filter(c -> c.id().equals(original.contactId())).findFirst().orElse(null);
        }

        @Override
        public Optional<String> number() {
            return Optional.of(original.numberInput());
        }

        @Override
        public String savedKey() {
            return "callDialog.corrected";
        }

        @Override
        public CallEntry afterSave(Call stored) {
            return new Correction(stored);
        }
    }
}
