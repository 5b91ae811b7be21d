package org.callsheet.persistence;

import static org.callsheet.persistence.JooqImportBatching.copyInto;
import static org.callsheet.persistence.JooqImportBatching.insertWithoutId;
import static org.callsheet.persistence.JooqImportBatching.maxId;
import static org.callsheet.persistence.JooqImportBatching.newIds;
import static org.callsheet.persistence.JooqImportBatching.recordInserted;
import static org.callsheet.persistence.JooqImportBatching.updateById;
import static org.callsheet.persistence.JooqImportBatching.valuesThenId;
import static org.callsheet.persistence.JooqImportBatching.valuesWithoutId;
import static org.callsheet.persistence.JooqImportSession.CALL_ENTITY;
import static org.callsheet.persistence.JooqImportSession.FOLLOW_UP_ENTITY;
import static org.callsheet.persistence.jooq.Tables.CONTACT;
import static org.callsheet.persistence.jooq.Tables.FOLLOW_UP;
import static org.callsheet.persistence.jooq.Tables.IMPORT_CALL_BEFORE;
import static org.callsheet.persistence.jooq.Tables.PHONE_CALL;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callsheet.logic.csv.imports.CallChange;
import org.callsheet.model.Call;
import org.callsheet.model.Contact;
import org.callsheet.model.FollowUp;
import org.callsheet.model.FollowUpStatus;
import org.callsheet.persistence.jooq.tables.records.FollowUpRecord;
import org.callsheet.persistence.jooq.tables.records.PhoneCallRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/** The call and follow-up half of an import session, on the session's transaction. */
final class JooqImportCalls {
    private final DSLContext tx;
    private final ContactRecordMapper contacts;
    private final CallRecordMapper calls = new CallRecordMapper();
    private final FollowUpRecordMapper followUps = new FollowUpRecordMapper();
    private final long batchId;

    JooqImportCalls(DSLContext tx, ContactRecordMapper contacts, long batchId) {
        this.tx = tx;
        this.contacts = contacts;
        this.batchId = batchId;
    }

    Map<Long, List<Contact>> contactsOf(Collection<Long> customerIds) {
        Map<Long, List<Contact>> byCustomer = new HashMap<>();
        if (customerIds.isEmpty()) {
            return byCustomer;
        }
        tx.selectFrom(CONTACT).where(CONTACT.CUSTOMER_ID.in(customerIds)).orderBy(CONTACT.ID)
                .forEach(r -> byCustomer.computeIfAbsent(r.getCustomerId(), k -> new ArrayList<>())
                        .add(contacts.toModel(r)));
        return byCustomer;
    }

    /** One indexed query per key kind (an OR of them would scan the whole table). */
    List<Call> candidates(Collection<String> uids, Collection<String> externalIds, Collection<Long> customerIds,
                          Collection<Instant> startTimes) {
        Map<Long, Call> found = new HashMap<>();
        if (!uids.isEmpty()) {
            tx.selectFrom(PHONE_CALL).where(PHONE_CALL.UID.in(uids))
                    .forEach(r -> found.put(r.getId(), calls.toModel(r)));
        }
        if (!externalIds.isEmpty()) {
            tx.selectFrom(PHONE_CALL).where(PHONE_CALL.EXTERNAL_ID.in(externalIds))
                    .forEach(r -> found.put(r.getId(), calls.toModel(r)));
        }
        if (!customerIds.isEmpty() && !startTimes.isEmpty()) {
            // Per customer a range of the (customer_id, started_at) index; the exact instants are kept below.
            Instant first = startTimes.stream().min(Instant::compareTo).orElseThrow();
            Instant last = startTimes.stream().max(Instant::compareTo).orElseThrow();
            Set<Instant> starts = new HashSet<>(startTimes);
            tx.selectFrom(PHONE_CALL).where(PHONE_CALL.CUSTOMER_ID.in(customerIds))
                    .and(PHONE_CALL.STARTED_AT.between(Stamps.toDb(first), Stamps.toDb(last)))
                    .forEach(r -> {
                        Call call = calls.toModel(r);
                        if (starts.contains(call.startedAt())) {
                            found.put(r.getId(), call);
                        }
                    });
        }
        return found.values().stream().sorted(java.util.Comparator.comparing(Call::id)).toList();
    }

    Set<Long> withOpenFollowUp(Collection<Long> callIds) {
        if (callIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(tx.selectDistinct(FOLLOW_UP.SOURCE_CALL_ID).from(FOLLOW_UP)
                .where(FOLLOW_UP.SOURCE_CALL_ID.in(callIds))
                .and(FOLLOW_UP.STATUS.eq(FollowUpStatus.OPEN.name()))
                .fetch(FOLLOW_UP.SOURCE_CALL_ID));
    }

    long[] insert(List<Call> list) {
        if (list.isEmpty()) {
            return new long[0];
        }
        long idsAbove = maxId(tx, PHONE_CALL.ID);
        BatchBindStep callBatch = insertWithoutId(tx, PHONE_CALL);
        PhoneCallRecord row = new PhoneCallRecord();
        List<String> uids = new ArrayList<>(list.size());
        for (Call c : list) {
            calls.fill(row, c.withId(null));
            callBatch.bind(valuesWithoutId(row));
            uids.add(c.uid());
        }
        callBatch.execute();
        Map<String, Long> idByUid = newIds(tx, PHONE_CALL.ID, PHONE_CALL.UID, idsAbove, uids);
        long[] ids = new long[list.size()];
        for (int i = 0; i < list.size(); i++) {
            ids[i] = idByUid.get(list.get(i).uid());
        }
        recordInserted(tx, batchId, CALL_ENTITY, ids);
        return ids;
    }

    void change(List<CallChange> changes, BatchBindStep changeBatch) {
        if (changes.isEmpty()) {
            return;
        }
        List<Long> ids = changes.stream().map(c -> c.call().id()).toList();
        copyInto(tx, PHONE_CALL, IMPORT_CALL_BEFORE, IMPORT_CALL_BEFORE.BATCH_ID, batchId, PHONE_CALL.ID.in(ids));
        for (CallChange change : changes) {
            changeBatch.bind(batchId, CALL_ENTITY, change.call().id(), change.call().uid(), change.kind().name());
        }
        rewrite(changes);
        changeBatch.execute();
    }

    /** Writes calls again whose state before the import is recorded already (or that it inserted). */
    void rewrite(List<CallChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        BatchBindStep callBatch = updateById(tx, PHONE_CALL);
        PhoneCallRecord row = new PhoneCallRecord();
        for (CallChange change : changes) {
            calls.fill(row, change.call());
            callBatch.bind(valuesThenId(row));
        }
        callBatch.execute();
    }

    void insertFollowUps(List<FollowUp> list) {
        if (list.isEmpty()) {
            return;
        }
        long idsAbove = maxId(tx, FOLLOW_UP.ID);
        BatchBindStep batch = insertWithoutId(tx, FOLLOW_UP);
        FollowUpRecord row = new FollowUpRecord();
        List<String> uids = new ArrayList<>(list.size());
        for (FollowUp f : list) {
            followUps.fill(row, f.withId(null));
            batch.bind(valuesWithoutId(row));
            uids.add(f.uid());
        }
        batch.execute();
        Map<String, Long> idByUid = newIds(tx, FOLLOW_UP.ID, FOLLOW_UP.UID, idsAbove, uids);
        recordInserted(tx, batchId, FOLLOW_UP_ENTITY, list.stream().mapToLong(f -> idByUid.get(f.uid())).toArray());
    }
}
