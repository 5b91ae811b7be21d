package org.callsheet.persistence;

import static org.callsheet.persistence.JooqImportBatching.copyInto;
import static org.callsheet.persistence.JooqImportBatching.insertWithoutId;
import static org.callsheet.persistence.JooqImportBatching.maxId;
import static org.callsheet.persistence.JooqImportBatching.newIds;
import static org.callsheet.persistence.JooqImportBatching.recordInserted;
import static org.callsheet.persistence.JooqImportBatching.updateById;
import static org.callsheet.persistence.JooqImportBatching.valuesThenId;
import static org.callsheet.persistence.JooqImportBatching.valuesWithoutId;
import static org.callsheet.persistence.JooqImportSession.OPPORTUNITY_ENTITY;
import static org.callsheet.persistence.jooq.Tables.IMPORT_OPPORTUNITY_BEFORE;
import static org.callsheet.persistence.jooq.Tables.OPPORTUNITY;
import static org.callsheet.persistence.jooq.Tables.OPPORTUNITY_CHANGE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.callsheet.logic.csv.imports.NewOpportunity;
import org.callsheet.logic.csv.imports.OpportunityUpdate;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityChange;
import org.callsheet.persistence.jooq.tables.records.OpportunityChangeRecord;
import org.callsheet.persistence.jooq.tables.records.OpportunityRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/** The opportunity half of an import session, on the session's transaction. */
final class JooqImportOpportunities {
    private final DSLContext tx;
    private final OpportunityRecordMapper mapper = new OpportunityRecordMapper();
    private final long batchId;

    JooqImportOpportunities(DSLContext tx, long batchId) {
        this.tx = tx;
        this.batchId = batchId;
    }

    /** One indexed query per key kind. */
    List<Opportunity> candidates(Collection<String> uids, Collection<String> externalIds) {
        Map<Long, Opportunity> found = new HashMap<>();
        if (!uids.isEmpty()) {
            tx.selectFrom(OPPORTUNITY).where(OPPORTUNITY.UID.in(uids))
                    .forEach(r -> found.put(r.getId(), mapper.toModel(r)));
        }
        if (!externalIds.isEmpty()) {
            tx.selectFrom(OPPORTUNITY).where(OPPORTUNITY.EXTERNAL_ID.in(externalIds))
                    .forEach(r -> found.put(r.getId(), mapper.toModel(r)));
        }
        return found.values().stream().sorted(java.util.Comparator.comparing(Opportunity::id)).toList();
    }

    long[] insert(List<NewOpportunity> list) {
        if (list.isEmpty()) {
            return new long[0];
        }
        long idsAbove = maxId(tx, OPPORTUNITY.ID);
        BatchBindStep batch = insertWithoutId(tx, OPPORTUNITY);
        OpportunityRecord row = new OpportunityRecord();
        List<String> uids = new ArrayList<>(list.size());
        for (NewOpportunity n : list) {
            mapper.fill(row, n.opportunity().withId(null));
            batch.bind(valuesWithoutId(row));
            uids.add(n.opportunity().uid());
        }
        batch.execute();
        Map<String, Long> idByUid = newIds(tx, OPPORTUNITY.ID, OPPORTUNITY.UID, idsAbove, uids);
        long[] ids = new long[list.size()];
        List<OpportunityChange> history = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ids[i] = idByUid.get(list.get(i).opportunity().uid());
            for (OpportunityChange c : list.get(i).history()) {
                history.add(c.forOpportunity(ids[i]));
            }
        }
        recordInserted(tx, batchId, OPPORTUNITY_ENTITY, ids);
        insertHistory(history);
        return ids;
    }

    void change(List<OpportunityUpdate> changes, BatchBindStep changeBatch) {
        if (changes.isEmpty()) {
            return;
        }
        List<Long> ids = changes.stream().map(c -> c.opportunity().id()).toList();
        copyInto(tx, OPPORTUNITY, IMPORT_OPPORTUNITY_BEFORE, IMPORT_OPPORTUNITY_BEFORE.BATCH_ID, batchId,
                OPPORTUNITY.ID.in(ids));
        for (OpportunityUpdate change : changes) {
            changeBatch.bind(batchId, OPPORTUNITY_ENTITY, change.opportunity().id(), change.opportunity().uid(),
                    change.kind().name());
        }
        rewrite(changes);
        changeBatch.execute();
    }

    /** Writes opportunities again whose state before the import is recorded already (or that it inserted). */
    void rewrite(List<OpportunityUpdate> changes) {
        if (changes.isEmpty()) {
            return;
        }
        BatchBindStep batch = updateById(tx, OPPORTUNITY);
        OpportunityRecord row = new OpportunityRecord();
        for (OpportunityUpdate change : changes) {
            mapper.fill(row, change.opportunity());
            batch.bind(valuesThenId(row));
        }
        batch.execute();
        insertHistory(changes.stream().map(c -> c.history().forOpportunity(c.opportunity().id())).toList());
    }

    /** History entries tagged with the batch, so that undo removes exactly them. */
    private void insertHistory(List<OpportunityChange> history) {
        if (history.isEmpty()) {
            return;
        }
        BatchBindStep batch = insertWithoutId(tx, OPPORTUNITY_CHANGE);
        OpportunityChangeRecord row = new OpportunityChangeRecord();
        for (OpportunityChange c : history) {
            mapper.fill(row, c, batchId);
            batch.bind(valuesWithoutId(row));
        }
        batch.execute();
    }
}
