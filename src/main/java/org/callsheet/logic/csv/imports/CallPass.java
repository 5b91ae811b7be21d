package org.callsheet.logic.csv.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.callsheet.logic.calls.CustomOutcome;
import org.callsheet.logic.csv.CallRowConverter;
import org.callsheet.logic.csv.CsvProblem;
import org.callsheet.logic.csv.CsvRow;
import org.callsheet.logic.csv.HeaderMapping;
import org.callsheet.logic.csv.IncomingCall;
import org.callsheet.logic.csv.ProblemCode;
import org.callsheet.logic.csv.RowResult;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Call;
import org.callsheet.model.CallDirection;
import org.callsheet.model.Contact;
import org.callsheet.model.FollowUp;
import org.callsheet.model.FollowUpKind;
import org.callsheet.model.FollowUpStatus;

/**
 * Calls, a chunk at a time. A call names its customer by external id (or uid); a customer that is
 * not stored rejects the row. It matches a stored call by uid, then call id, then customer, number
 * and start time. Its contact is found among the customer's contacts by name; a blank name means
 * none. A rep's own outcome is found by its label (see {@link OwnOutcomes}). Last contact and last
 * attempt follow from the stored calls, exactly as for a
 * logged call. No follow-up is planned from the outcome; only a non-empty follow_up_at plans one,
 * for a new call, or for a matched call that has no open follow-up planned from it yet.
 */
final class CallPass implements ChunkPass<CsvRow> {
    /** The size of phone_call.number_dial. */
    private static final int MAX_DIGITS = 32;

    private final PassSettings settings;
    private final PhoneNormalizer phones;
    private final CallRowConverter converter;
    /** Calls earlier chunks of this import inserted or changed: their state before it is recorded. */
    private final LongSet written = new LongSet();
    private final StorageLimits limits;
    private final OwnOutcomes ownOutcomes;

    CallPass(PassSettings settings, PhoneNormalizer phones, Duration futureTolerance) {
        this.settings = settings;
        this.limits = new StorageLimits(settings.mapping());
        this.phones = phones;
        this.ownOutcomes = new OwnOutcomes(settings.session(), settings.dryRun());
        this.converter = new CallRowConverter(settings.mapping(), phones, settings.clock(), futureTolerance,
                ownOutcomes::current);
    }

    private record Accepted(RowOutcome outcome, IncomingCall incoming, String digits) implements PassRow {
        String key(long customerId) {
            return CallPass.key(customerId, digits, incoming.startedAt());
        }
    }

    /** What a row names besides the call: its customer, contact and own outcome. */
    private record Named(long customerId, Long contactId, CustomOutcome own) {
    }

    /**
     * Hands the rows on unconverted: a call's outcome cell may name one of the rep's own outcomes
     * that an earlier chunk of the same file added, so conversion waits for the earlier chunks.
     */
    @Override
    public Converted<CsvRow> convert(List<CsvRow> rows) {
        return new Converted<>(List.of(), rows);
    }

    @Override
    public List<RowOutcome> apply(Converted<CsvRow> chunk) {
        List<CsvRow> rows = chunk.accepted();
        List<RowOutcome> outcomes = new ArrayList<>(rows.size());
        List<Accepted> accepted = new ArrayList<>(rows.size());
        for (CsvRow row : rows) {
            RowResult<IncomingCall> result = converter.convert(row);
            RowOutcome outcome = new RowOutcome(row, result.problems(), !result.accepted());
            outcomes.add(outcome);
            result.value().flatMap(in -> limits.check(row.row(), in)).ifPresent(outcome::reject);
            if (outcome.rejected || result.value().isEmpty()) {
                continue;
            }
            IncomingCall in = result.value().get();
            String digits = in.phone().isEmpty() ? "" : phones.dialDigits(in.phone());
            if (digits.length() > MAX_DIGITS) {
                outcome.reject(CsvProblem.error(ProblemCode.FIELD_TOO_LARGE, row.row(),
                        settings.mapping().columnName("phone"), MAX_DIGITS));
                continue;
            }
            accepted.add(new Accepted(outcome, in, digits));
        }
        if (!accepted.isEmpty()) {
            RecordDecisions.decide(accepted, new Work(accepted), settings);
        }
        return outcomes;
    }

    /** One chunk's calls: the stored candidates, and what the chunk's rows make of them. */
    private final class Work implements ChunkWork<Accepted, Call> {
        private final CustomerReferences customers;
        private final StoredCalls stored;
        private final Map<Long, List<Contact>> contacts;
        private final Map<Long, Slot<Call>> storedSlots = new HashMap<>();
        /** Calls the chunk adds, by "u:" uid, "e:" call id and "k:" customer, number and start. */
        private final Map<String, Slot<Call>> addedKeys = new HashMap<>();
        private final Set<Slot<Call>> reached = new LinkedHashSet<>();
        /** The due time of the follow-up each call is to get from the file. */
        private final Map<Slot<Call>, Instant> followUpsDue = new HashMap<>();
        private final Map<Accepted, Named> named = new IdentityHashMap<>();
        private final Instant now = settings.clock().instant();
        private final CallMerger merger;

        Work(List<Accepted> accepted) {
            customers = CustomerReferences.lookUp(settings.session(),
                    accepted.stream().map(a -> a.incoming().customerExternalId()).toList(), settings.mapping());
            stored = storedCalls(accepted, customers.found());
            contacts = settings.session().contactsOf(customers.found());
            merger = settings.policy() == DuplicatePolicy.SKIP ? null : new CallMerger(settings.policy(), now);
        }

        @Override
        public Optional<Slot<Call>> find(Accepted a) {
            IncomingCall in = a.incoming();
            Long customerId = customers.idOrReject(a.outcome(), in.customerExternalId());
            if (customerId == null) {
                return Optional.empty();
            }
            Slot<Call> slot = added(in, a.key(customerId));
            if (slot == null) {
                slot = stored.find(in, a.key(customerId))
                        .map(c -> storedSlots.computeIfAbsent(c.id(), id -> Slot.stored(c))).orElse(null);
            }
            Long contactId = contact(contacts.getOrDefault(customerId, List.of()), in, a.outcome());
            CustomOutcome own = in.outcomeLabel() == null ? null : ownOutcomes.resolve(in.outcomeLabel(), in.outcome());
            named.put(a, new Named(customerId, contactId, own));
            if (slot != null) {
                reached.add(slot);
            }
            return Optional.ofNullable(slot);
        }

        private Slot<Call> added(IncomingCall in, String key) {
            Slot<Call> slot = in.uid() == null ? null : addedKeys.get("u:" + in.uid());
            if (slot == null && in.externalId() != null) {
                slot = addedKeys.get("e:" + in.externalId());
            }
            if (slot != null) {
                return slot;
            }
            // By customer, number and start only a call without another call id, as among the stored ones.
            slot = addedKeys.get("k:" + key);
            return slot != null && (slot.now().externalId() == null || in.externalId() == null) ? slot : null;
        }

        @Override
        public void add(Accepted a) {
            Named n = named.get(a);
            Call call = newCall(a.incoming(), n.own(), n.customerId(), n.contactId(), a.digits(), now);
            Slot<Call> slot = Slot.added(call);
            addedKeys.put("u:" + call.uid(), slot);
            addedKeys.put("k:" + a.key(n.customerId()), slot);
            if (call.externalId() != null) {
                addedKeys.put("e:" + call.externalId(), slot);
            }
            reached.add(slot);
            if (a.incoming().followUpAt() != null) {
                followUpsDue.put(slot, a.incoming().followUpAt());
            }
        }

        @Override
        public boolean apply(Slot<Call> slot, Accepted a) {
            IncomingCall in = a.incoming();
            Named n = named.get(a);
            Call call = slot.now();
            String externalId = externalIdFree(in.externalId(), slot) ? in.externalId() : null;
            Optional<Call> changed = merger.apply(call, in, n.own(), n.customerId(), externalId, n.contactId(),
                    a.digits());
            changed.ifPresent(slot::set);
            boolean planFollowUp = in.followUpAt() != null && !followUpsDue.containsKey(slot)
                    && (slot.added() || !stored.hasOpenFollowUp(slot.before().id()));
            if (planFollowUp) {
                followUpsDue.put(slot, in.followUpAt());
            }
            return changed.isPresent() || planFollowUp;
        }

        /** Whether no call but this one, stored or added by the chunk, holds the call id. */
        private boolean externalIdFree(String externalId, Slot<Call> slot) {
            if (externalId == null) {
                return true;
            }
            Slot<Call> added = addedKeys.get("e:" + externalId);
            return (added == null || added == slot)
                    && (slot.added() ? stored.externalIdFree(externalId, -1) : stored.externalIdFree(externalId,
                    slot.before().id()));
        }

        @Override
        public void write() {
            List<Call> inserts = new ArrayList<>();
            List<Instant> insertFollowUps = new ArrayList<>();
            List<CallChange> changes = new ArrayList<>();
            List<CallChange> again = new ArrayList<>();
            List<FollowUp> followUps = new ArrayList<>();
            for (Slot<Call> slot : reached) {
                if (slot.added()) {
                    inserts.add(slot.now());
                    insertFollowUps.add(followUpsDue.get(slot));
                    continue;
                }
                if (slot.changed()) {
                    (written.contains(slot.now().id()) ? again : changes)
                            .add(new CallChange(slot.now(), ChangeKind.of(settings.policy())));
                }
                if (followUpsDue.containsKey(slot)) {
                    followUps.add(followUp(slot.now(), slot.before().id(), followUpsDue.get(slot), now));
                }
            }
            ImportSession session = settings.session();
            long[] ids = session.insertCalls(inserts);
            for (int i = 0; i < ids.length; i++) {
                written.add(ids[i]);
                if (insertFollowUps.get(i) != null) {
                    followUps.add(followUp(inserts.get(i), ids[i], insertFollowUps.get(i), now));
                }
            }
            session.changeCalls(changes);
            session.rewriteCalls(again);
            changes.forEach(c -> written.add(c.call().id()));
            session.insertFollowUps(followUps);
        }
    }

    private StoredCalls storedCalls(List<Accepted> accepted, Set<Long> customerIds) {
        Set<String> uids = new HashSet<>();
        Set<String> externalIds = new HashSet<>();
        Set<Instant> starts = new HashSet<>();
        for (Accepted a : accepted) {
            if (a.incoming().uid() != null) {
                uids.add(a.incoming().uid());
            }
            if (a.incoming().externalId() != null) {
                externalIds.add(a.incoming().externalId());
            }
            starts.add(a.incoming().startedAt());
        }
        List<Call> calls = settings.session().callCandidates(uids, externalIds, customerIds, starts);
        Set<Long> withFollowUp = settings.session().callsWithOpenFollowUp(calls.stream().map(Call::id).toList());
        return new StoredCalls(calls, withFollowUp);
    }

    /** The contact named in the row (blank: none); a name the customer's contacts do not have is a warning. */
    private static Long contact(List<Contact> contacts, IncomingCall in, RowOutcome outcome) {
        String name = CustomerIndex.plainName(in.contactName());
        if (name.isEmpty()) {
            return null;
        }
        for (Contact c : contacts) {
            if (CustomerIndex.plainName(c.name()).equals(name)) {
                return c.id();
            }
        }
        outcome.problems.add(CsvProblem.warning(ProblemCode.UNKNOWN_CONTACT, outcome.row.row(), "",
                in.contactName()));
        return null;
    }

    private Call newCall(IncomingCall in, CustomOutcome own, long customerId, Long contactId, String digits,
                         Instant now) {
        boolean visit = Boolean.TRUE.equals(in.visitOpportunity());
        return new Call(null, in.uid() != null ? in.uid() : UUID.randomUUID().toString(), in.externalId(), customerId,
                contactId, in.phone().input(), digits,
                in.direction() == null ? CallDirection.OUTGOING : in.direction(), in.startedAt(),
                in.durationSeconds() == null ? 0 : in.durationSeconds(),
                own == null ? in.outcome() : own.storedAs(), in.needs(), in.attitude(),
                visit, visit ? in.visitDate() : null, in.interestLevel(), in.notes(), in.nextStep(), in.caller(),
                now, now, own == null ? null : own.id());
    }

    private static FollowUp followUp(Call call, long callId, Instant due, Instant now) {
        return new FollowUp(null, UUID.randomUUID().toString(), call.customerId(), call.contactId(),
                FollowUpKind.CALL, due, FollowUpStatus.OPEN, null, callId, call.nextStep(), null, now, now);
    }

    static String key(long customerId, String digits, Instant startedAt) {
        return customerId + "|" + digits + "|" + startedAt;
    }

    /** The stored calls a chunk may match, by uid, call id and customer/number/start. */
    private static final class StoredCalls {
        private final Map<String, Call> byUid = new HashMap<>();
        private final Map<String, Call> byExternalId = new HashMap<>();
        private final Map<String, Call> byKey = new HashMap<>();
        private final Set<Long> withOpenFollowUp;

        StoredCalls(List<Call> calls, Set<Long> withOpenFollowUp) {
            this.withOpenFollowUp = withOpenFollowUp;
            for (Call c : calls) {
                byUid.put(c.uid(), c);
                if (c.externalId() != null) {
                    byExternalId.put(c.externalId(), c);
                }
                byKey.putIfAbsent(key(c.customerId(), c.numberDigits(), c.startedAt()), c);
            }
        }

        /** By uid, then call id; by customer, number and start only a call without another call id. */
        Optional<Call> find(IncomingCall in, String key) {
            if (in.uid() != null && byUid.containsKey(in.uid())) {
                return Optional.of(byUid.get(in.uid()));
            }
            if (in.externalId() != null && byExternalId.containsKey(in.externalId())) {
                return Optional.of(byExternalId.get(in.externalId()));
            }
            Call same = byKey.get(key);
            if (same != null && (same.externalId() == null || in.externalId() == null)) {
                return Optional.of(same);
            }
            return Optional.empty();
        }

        /** Whether a stored call other than this one holds the call id. */
        boolean externalIdFree(String externalId, long callId) {
            Call other = externalId == null ? null : byExternalId.get(externalId);
            return other == null || other.id() == callId;
        }

        boolean hasOpenFollowUp(long callId) {
            return withOpenFollowUp.contains(callId);
        }
    }
}
