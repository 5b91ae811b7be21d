package org.callsheet.persistence;

import static org.callsheet.persistence.JooqImportBatching.copyInto;
import static org.callsheet.persistence.JooqImportBatching.insertWithoutId;
import static org.callsheet.persistence.JooqImportBatching.maxId;
import static org.callsheet.persistence.JooqImportBatching.newIds;
import static org.callsheet.persistence.JooqImportBatching.recordInserted;
import static org.callsheet.persistence.JooqImportBatching.updateById;
import static org.callsheet.persistence.JooqImportBatching.valuesThenId;
import static org.callsheet.persistence.JooqImportBatching.valuesWithoutId;
import static org.callsheet.persistence.JooqImportSession.VISIT_ENTITY;
import static org.callsheet.persistence.jooq.Tables.IMPORT_VISIT_BEFORE;
import static org.callsheet.persistence.jooq.Tables.VISIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callsheet.logic.csv.imports.VisitChange;
import org.callsheet.model.Visit;
import org.callsheet.persistence.jooq.tables.records.VisitRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/** The visits-file half of an import session, on the session's transaction. */
final class JooqImportVisits {
    private final DSLContext tx;
    private final VisitRecordMapper visits = new VisitRecordMapper();
    private final long batchId;

    JooqImportVisits(DSLContext tx, long batchId) {
        this.tx = tx;
        this.batchId = batchId;
    }

    /** One indexed query per key kind: by uid, and by customer on the given days. */
    List<Visit> candidates(Collection<String> uids, Collection<Long> customerIds, Collection<LocalDate> days) {
        Map<Long, Visit> found = new HashMap<>();
        if (!uids.isEmpty()) {
            tx.selectFrom(VISIT).where(VISIT.UID.in(uids)).forEach(r -> found.put(r.getId(), visits.toModel(r)));
        }
        if (!customerIds.isEmpty() && !days.isEmpty()) {
            Set<LocalDate> wanted = new HashSet<>(days);
            tx.selectFrom(VISIT).where(VISIT.CUSTOMER_ID.in(customerIds)).and(VISIT.VISIT_DATE.in(wanted))
                    .forEach(r -> found.put(r.getId(), visits.toModel(r)));
        }
        return found.values().stream().sorted(Comparator.comparing(Visit::id)).toList();
    }

    long[] insert(List<Visit> list) {
        if (list.isEmpty()) {
            return new long[0];
        }
        long idsAbove = maxId(tx, VISIT.ID);
        BatchBindStep batch = insertWithoutId(tx, VISIT);
        VisitRecord row = new VisitRecord();
        List<String> uids = new ArrayList<>(list.size());
        for (Visit v : list) {
            visits.fill(row, v.withId(null));
            batch.bind(valuesWithoutId(row));
            uids.add(v.uid());
        }
        batch.execute();
        Map<String, Long> idByUid = newIds(tx, VISIT.ID, VISIT.UID, idsAbove, uids);
        long[] ids = new long[list.size()];
        for (int i = 0; i < list.size(); i++) {
            ids[i] = idByUid.get(list.get(i).uid());
        }
        recordInserted(tx, batchId, VISIT_ENTITY, ids);
        return ids;
    }

    void change(List<VisitChange> changes, BatchBindStep changeBatch) {
        if (changes.isEmpty()) {
            return;
        }
        List<Long> ids = changes.stream().map(c -> c.visit().id()).toList();
        copyInto(tx, VISIT, IMPORT_VISIT_BEFORE, IMPORT_VISIT_BEFORE.BATCH_ID, batchId, VISIT.ID.in(ids));
        for (VisitChange change : changes) {
            changeBatch.bind(batchId, VISIT_ENTITY, change.visit().id(), change.visit().uid(), change.kind().name());
        }
        rewrite(changes);
        changeBatch.execute();
    }

    /** Writes visits again whose state before the import is recorded already (or that it inserted). */
    void rewrite(List<VisitChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        BatchBindStep batch = updateById(tx, VISIT);
        VisitRecord row = new VisitRecord();
        for (VisitChange change : changes) {
            visits.fill(row, change.visit());
            batch.bind(valuesThenId(row));
        }
        batch.execute();
    }
}
