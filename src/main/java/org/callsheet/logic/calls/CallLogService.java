package org.callsheet.logic.calls;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Call;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.Phone;

/**
 * Logging calls: validation, normalising the number, stamping times, the guard against calling a
 * customer twice by mistake, and keeping one record when the same call is submitted twice.
 */
public final class CallLogService {
    private final CallRepository calls;
    private final PhoneNormalizer phones;
    private final Supplier<CallRules> rules;
    private final CallValidator validator;
    private final Clock clock;
    private final List<CallLogListener> listeners;

    public CallLogService(CallRepository calls, PhoneNormalizer phones, CallRules rules, Clock clock,
                          List<CallLogListener> listeners) {
        this(calls, phones, () -> rules, clock, listeners);
    }

    /** With rules read afresh on each use, so changed settings apply at once. */
    public CallLogService(CallRepository calls, PhoneNormalizer phones, Supplier<CallRules> rules, Clock clock,
                          List<CallLogListener> listeners) {
        this.calls = calls;
        this.phones = phones;
        this.rules = rules;
        this.validator = new CallValidator(calls, rules);
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
    }

    /** A new outgoing call to a customer starting now, not stored yet. */
    public Call draft(long customerId, Long contactId, String number, String caller) {
        Instant now = clock.instant();
        return new Call(null, UUID.randomUUID().toString(), null, customerId, contactId, number, null, null,
                now, 0, CallOutcome.CONNECTED, null, null, false, null, null, null, null, caller, now, now);
    }

    public List<CallProblem> validate(Call call) {
        return validator.validate(call, clock.instant(), clock.getZone());
    }

    /**
     * Stores a new call, unless it is already stored (same uid, or the same number of the same
     * customer started within the double-submit window), in which case the stored one comes back.
     *
     * @throws CallValidationException when a field is invalid; nothing is written then
     */
    public LoggedCall log(Call call) {
        List<CallProblem> problems = validate(call);
        if (!problems.isEmpty()) {
            throw new CallValidationException(problems);
        }
        Call normalised = normalise(call);
        Optional<Call> existing = sameCallAlreadyStored(normalised);
        if (existing.isPresent()) {
            return new LoggedCall(existing.get(), true);
        }
        Instant now = clock.instant();
        Call stored = calls.insert(normalised.withStamps(now, now));
        listeners.forEach(l -> l.callLogged(stored));
        return new LoggedCall(stored, false);
    }

    /**
     * Deletes a logged call; the customer's last contact and last attempt then follow from its
     * remaining calls. Returns the call as it was, empty when it was already gone.
     */
    public Optional<Call> delete(long callId) {
        Optional<Call> stored = calls.findById(callId);
        if (stored.isPresent() && !calls.delete(callId)) {
            return Optional.empty();
        }
        return stored;
    }

    /**
     * Saves corrections to a logged call. Last contact and last attempt are read from the calls, so
     * they follow at once; no follow-up is planned or moved (the listeners hear only new calls).
     */
    public Call update(Call call) {
        if (call.id() == null) {
            throw new IllegalArgumentException("call not stored yet");
        }
        List<CallProblem> problems = validate(call);
        if (!problems.isEmpty()) {
            throw new CallValidationException(problems);
        }
        Call stamped = normalise(call).withStamps(call.createdAt(), clock.instant());
        calls.update(stamped);
        return stamped;
    }

    /** Number in dial digits, blank external id as null, a visit date only with a visit opportunity. */
    private Call normalise(Call call) {
        Phone phone = phones.normalize(call.numberInput());
        String digits = phone.isEmpty() ? "" : phones.dialDigits(phone);
        return new Call(call.id(), call.uid(), blankToNull(call.externalId()), call.customerId(), call.contactId(),
                phone.input(), digits, call.direction(), call.startedAt(), call.durationSeconds(), call.outcome(),
                call.needs().strip(), call.attitude(), call.visitOpportunity(),
                call.visitOpportunity() ? call.proposedVisitDate() : null, call.interestLevel(), call.notes(),
                call.nextStep(), call.caller().strip(), call.createdAt(), call.updatedAt(), call.customOutcome());
    }

    private Optional<Call> sameCallAlreadyStored(Call call) {
        Optional<Call> byUid = calls.findByUid(call.uid());
        if (byUid.isPresent()) {
            return byUid;
        }
        CallFilter around = CallFilter.ALL.ofCustomer(call.customerId())
                .between(call.startedAt().minus(rules.get().doubleSubmit()),
                        call.startedAt().plus(rules.get().doubleSubmit()).plusNanos(1));
        return calls.search(around).stream()
                .filter(c -> c.numberDigits().equals(call.numberDigits()))
                .filter(c -> c.direction() == call.direction())
                .findFirst();
    }

    /** Calls of the customer or to any of its numbers today or within the warning days, newest first. */
    public List<CallWarning> warningsBeforeCall(long customerId, Instant now) {
        return warnings(Set.of(customerId), calls.numbersOf(customerId), now);
    }

    /** Calls to this number or to any customer that has it, today or within the warning days. */
    public List<CallWarning> warningsBeforeCall(String number, Instant now) {
        Phone phone = phones.normalize(number);
        if (phone.isEmpty()) {
            return List.of();
        }
        String digits = phones.dialDigits(phone);
        Set<Long> customers = calls.customersWithNumber(digits);
        Set<String> numbers = new HashSet<>(Set.of(digits));
        customers.forEach(id -> numbers.addAll(calls.numbersOf(id)));
        return warnings(customers, numbers, now);
    }

    private List<CallWarning> warnings(Set<Long> customerIds, Set<String> numbers, Instant now) {
        LocalDate today = now.atZone(clock.getZone()).toLocalDate();
        Instant since = today.minusDays(rules.get().warnDays()).atStartOfDay(clock.getZone()).toInstant();
        Instant startOfToday = today.atStartOfDay(clock.getZone()).toInstant();
        List<CallWarning> out = new ArrayList<>();
        for (Call c : calls.callsToCustomersOrNumbers(customerIds, numbers, since)) {
            if (!c.startedAt().isAfter(now)) {
                out.add(new CallWarning(c.id(), c.customerId(), c.caller(), c.startedAt(), c.numberDigits(),
                        c.outcome(), !c.startedAt().isBefore(startOfToday)));
            }
        }
        out.sort(Comparator.comparing(CallWarning::startedAt).reversed());
        return out;
    }

    public ContactHistory history(long customerId) {
        return calls.historyOf(customerId);
    }

    public List<Call> callsOf(long customerId) {
        return calls.search(CallFilter.ALL.ofCustomer(customerId));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
