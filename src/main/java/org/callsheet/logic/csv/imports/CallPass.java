package org.callsheet.logic.csv.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

    private final ImportSession session;
    private final HeaderMapping mapping;
    private final DuplicatePolicy policy;
    private final boolean dryRun;
    private final Clock clock;
    private final PhoneNormalizer phones;
    private final CallRowConverter converter;
    private final LongSet touched = new LongSet();
    private final StorageLimits limits;
    private final OwnOutcomes ownOutcomes;

    CallPass(ImportSession session, HeaderMapping mapping, DuplicatePolicy policy, boolean dryRun,
             PhoneNormalizer phones, Clock clock, Duration futureTolerance) {
        this.session = session;
        this.mapping = mapping;
        this.limits = new StorageLimits(mapping);
        this.policy = policy;
        this.dryRun = dryRun;
        this.clock = clock;
        this.phones = phones;
        this.ownOutcomes = new OwnOutcomes(session, dryRun);
        this.converter = new CallRowConverter(mapping, phones, clock, futureTolerance, ownOutcomes::current);
    }

    private record Accepted(RowOutcome outcome, IncomingCall incoming, String digits) {
        String key(long customerId) {
            return CallPass.key(customerId, digits, incoming.startedAt());
        }
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
                outcome.reject(CsvProblem.error(ProblemCode.FIELD_TOO_LARGE, row.row(), mapping.columnName("phone"),
                        MAX_DIGITS));
                continue;
            }
            accepted.add(new Accepted(outcome, in, digits));
        }
        if (accepted.isEmpty()) {
            return outcomes;
        }
        CustomerReferences customers = CustomerReferences.lookUp(session,
                accepted.stream().map(a -> a.incoming().customerExternalId()).toList(), mapping);
        StoredCalls stored = storedCalls(accepted, customers.found());
        Map<Long, List<Contact>> contacts = session.contactsOf(customers.found());
        Set<String> addedKeys = new HashSet<>();
        List<Call> inserts = new ArrayList<>();
        List<Instant> insertFollowUps = new ArrayList<>();
        List<CallChange> changes = new ArrayList<>();
        List<FollowUp> followUps = new ArrayList<>();
        Instant now = clock.instant();
        CallMerger merger = policy == DuplicatePolicy.SKIP ? null : new CallMerger(policy, now);
        for (Accepted a : accepted) {
            IncomingCall in = a.incoming();
            RowOutcome outcome = a.outcome();
            Long customerId = customers.idOrReject(outcome, in.customerExternalId());
            if (customerId == null) {
                continue;
            }
            if ((in.uid() != null && addedKeys.contains("u:" + in.uid()))
                    || (in.externalId() != null && addedKeys.contains("e:" + in.externalId()))
                    || addedKeys.contains("k:" + a.key(customerId))) {
                outcome.reject(sameRecord(outcome.row));
                continue;
            }
            Long contactId = contact(contacts.getOrDefault(customerId, List.of()), in, outcome);
            CustomOutcome own = in.outcomeLabel() == null ? null : ownOutcomes.resolve(in.outcomeLabel(), in.outcome());
            Optional<Call> match = stored.find(in, a.key(customerId));
            if (match.isEmpty()) {
                Call call = newCall(in, own, customerId, contactId, a.digits(), now);
                inserts.add(call);
                insertFollowUps.add(in.followUpAt());
                addedKeys.add("u:" + call.uid());
                addedKeys.add("k:" + a.key(customerId));
                if (call.externalId() != null) {
                    addedKeys.add("e:" + call.externalId());
                }
                outcome.kind = ChangeKind.INSERTED;
                continue;
            }
            Call call = match.get();
            if (!touched.add(call.id())) {
                outcome.reject(sameRecord(outcome.row));
            } else if (merger == null) {
                outcome.skipped = true;
            } else {
                String externalId = stored.externalIdFree(in.externalId(), call.id()) ? in.externalId() : null;
                Optional<Call> changed = merger.apply(call, in, own, customerId, externalId, contactId, a.digits());
                changed.ifPresent(c -> changes.add(new CallChange(c, ChangeKind.of(policy))));
                boolean planFollowUp = in.followUpAt() != null && !stored.hasOpenFollowUp(call.id());
                if (planFollowUp) {
                    Call base = changed.orElse(call);
                    followUps.add(followUp(base, base.id(), in.followUpAt(), now));
                }
                if (changed.isPresent() || planFollowUp) {
                    outcome.kind = ChangeKind.of(policy);
                }
            }
        }
        if (!dryRun) {
            long[] ids = session.insertCalls(inserts);
            for (int i = 0; i < ids.length; i++) {
                touched.add(ids[i]);
                if (insertFollowUps.get(i) != null) {
                    followUps.add(followUp(inserts.get(i), ids[i], insertFollowUps.get(i), now));
                }
            }
            session.changeCalls(changes);
            session.insertFollowUps(followUps);
        }
        return outcomes;
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
        List<Call> calls = session.callCandidates(uids, externalIds, customerIds, starts);
        Set<Long> withFollowUp = session.callsWithOpenFollowUp(calls.stream().map(Call::id).toList());
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

    private static CsvProblem sameRecord(CsvRow row) {
        return CsvProblem.error(ProblemCode.SAME_RECORD_IN_FILE, row.row(), "");
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
