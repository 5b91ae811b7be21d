package org.callsheet.persistence;

import static org.callsheet.persistence.JooqImportBatching.mergeBack;
import static org.callsheet.persistence.JooqImportSession.CUSTOMER_ENTITY;
import static org.callsheet.persistence.JooqImportSession.CALL_ENTITY;
import static org.callsheet.persistence.JooqImportSession.CONTACT_ENTITY;
import static org.callsheet.persistence.JooqImportSession.FOLLOW_UP_ENTITY;
import static org.callsheet.persistence.JooqImportSession.OPPORTUNITY_ENTITY;
import static org.callsheet.persistence.JooqImportSession.ORDER_ENTITY;
import static org.callsheet.persistence.JooqImportSession.VISIT_ENTITY;
import static org.callsheet.persistence.jooq.Tables.CONTACT;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_FIELD_CHANGE;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_TAG;
import static org.callsheet.persistence.jooq.Tables.FOLLOW_UP;
import static org.callsheet.persistence.jooq.Tables.IMPORT_BATCH;
import static org.callsheet.persistence.jooq.Tables.IMPORT_CALL_BEFORE;
import static org.callsheet.persistence.jooq.Tables.IMPORT_CHANGE;
import static org.callsheet.persistence.jooq.Tables.IMPORT_CONTACT_BEFORE;
import static org.callsheet.persistence.jooq.Tables.IMPORT_INSERTED;
import static org.callsheet.persistence.jooq.Tables.IMPORT_CUSTOMER_BEFORE;
import static org.callsheet.persistence.jooq.Tables.IMPORT_ORDER_BEFORE;
import static org.callsheet.persistence.jooq.Tables.IMPORT_TAG_BEFORE;
import static org.callsheet.persistence.jooq.Tables.IMPORT_VISIT_BEFORE;
import static org.callsheet.persistence.jooq.Tables.IMPORT_OPPORTUNITY_BEFORE;
import static org.callsheet.persistence.jooq.Tables.OPPORTUNITY;
import static org.callsheet.persistence.jooq.Tables.OPPORTUNITY_CHANGE;
import static org.callsheet.persistence.jooq.Tables.PHONE_CALL;
import static org.callsheet.persistence.jooq.Tables.VISIT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.callsheet.logic.csv.imports.UndoResult;
import org.callsheet.persistence.jooq.tables.ImportChange;
import org.callsheet.persistence.jooq.tables.ImportInserted;
import org.callsheet.persistence.jooq.tables.records.ImportBatchRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Reverses one import batch inside the caller's transaction. */
final class JooqImportUndo {
    private final DSLContext tx;
    private final long batchId;
    private final Inserted inserted;

    JooqImportUndo(DSLContext tx, long batchId) {
        this.tx = tx;
        this.batchId = batchId;
        this.inserted = new Inserted(tx, batchId);
    }

    UndoResult run(Instant now) {
        ImportBatchRecord batch = tx.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(batchId))
                .and(IMPORT_BATCH.IN_PROGRESS.isFalse()).forUpdate().fetchOne();
        if (batch == null) {
            return UndoResult.refused(UndoResult.Outcome.NOT_FOUND, batchId, batchId);
        }
        if (batch.getUndone()) {
            return UndoResult.refused(UndoResult.Outcome.ALREADY_UNDONE, batchId, batchId);
        }
        Long later = laterBatch();
        if (later != null) {
            return UndoResult.refused(UndoResult.Outcome.LATER_BATCH, batchId, batchId, later);
        }
        int restored = tx.fetchCount(IMPORT_CHANGE, IMPORT_CHANGE.BATCH_ID.eq(batchId));
        restoreChanged();
        int deleted = 0;
        for (Kind kind : Kind.DELETION_ORDER) {
            for (long[] range : inserted.of(kind.entity())) {
                deleted += deleteRange(tx, kind, range[0], range[1]);
            }
        }
        batch.setUndone(true);
        batch.setUndoneAt(Stamps.toDb(now));
        batch.store();
        return UndoResult.undone(batchId, restored, deleted);
    }

    /** Puts back the previous values of every record the batch updated or merged. */
    void restoreChanged() {
        restoreCustomers();
        mergeBack(tx, IMPORT_ORDER_BEFORE, CUSTOMER_ORDER, batchId);
        mergeBack(tx, IMPORT_CALL_BEFORE, PHONE_CALL, batchId);
        mergeBack(tx, IMPORT_VISIT_BEFORE, VISIT, batchId);
        mergeBack(tx, IMPORT_OPPORTUNITY_BEFORE, OPPORTUNITY, batchId);
        tx.deleteFrom(OPPORTUNITY_CHANGE).where(OPPORTUNITY_CHANGE.IMPORT_BATCH_ID.eq(batchId)).execute();
        removeFieldHistory();
    }

    /**
     * The field history the batch wrote goes with it (ADR 36). Its rows hang on the customers it
     * changed, which import_customer_before lists; those it inserted take their rows along when
     * they are deleted.
     */
    private void removeFieldHistory() {
        tx.deleteFrom(CUSTOMER_FIELD_CHANGE)
                .where(CUSTOMER_FIELD_CHANGE.CUSTOMER_ID.in(DSL.select(IMPORT_CUSTOMER_BEFORE.ID)
                        .from(IMPORT_CUSTOMER_BEFORE).where(IMPORT_CUSTOMER_BEFORE.BATCH_ID.eq(batchId))))
                .and(CUSTOMER_FIELD_CHANGE.IMPORT_BATCH_ID.eq(batchId))
                .execute();
    }

    /** The ids this batch inserted, by kind, as ranges of ids. */
    Inserted inserted() {
        return inserted;
    }

    /** Deletes the records of one kind with ids first..last; deletes cascade to what hangs on them. */
    static int deleteRange(DSLContext tx, Kind kind, long first, long last) {
        return tx.deleteFrom(kind.table()).where(kind.id().between(first, last)).execute();
    }

    /** What an import inserts, in the order undo deletes it: what hangs on a customer before the customer. */
    record Kind(String entity, Table<?> table, Field<Long> id) {
        static final List<Kind> DELETION_ORDER = List.of(
                new Kind(FOLLOW_UP_ENTITY, FOLLOW_UP, FOLLOW_UP.ID),
                new Kind(CALL_ENTITY, PHONE_CALL, PHONE_CALL.ID),
                new Kind(VISIT_ENTITY, VISIT, VISIT.ID),
                new Kind(OPPORTUNITY_ENTITY, OPPORTUNITY, OPPORTUNITY.ID),
                new Kind(CONTACT_ENTITY, CONTACT, CONTACT.ID),
                new Kind(ORDER_ENTITY, CUSTOMER_ORDER, CUSTOMER_ORDER.ID),
                new Kind(CUSTOMER_ENTITY, CUSTOMER, CUSTOMER.ID));
    }

    private void restoreCustomers() {
        var changedIds = DSL.select(IMPORT_CUSTOMER_BEFORE.ID).from(IMPORT_CUSTOMER_BEFORE)
                .where(IMPORT_CUSTOMER_BEFORE.BATCH_ID.eq(batchId));
        mergeBack(tx, IMPORT_CUSTOMER_BEFORE, CUSTOMER, batchId);
        tx.deleteFrom(CUSTOMER_TAG).where(CUSTOMER_TAG.CUSTOMER_ID.in(changedIds)).execute();
        tx.insertInto(CUSTOMER_TAG, CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG)
                .select(DSL.select(IMPORT_TAG_BEFORE.CUSTOMER_ID, IMPORT_TAG_BEFORE.TAG).from(IMPORT_TAG_BEFORE)
                        .where(IMPORT_TAG_BEFORE.BATCH_ID.eq(batchId)))
                .execute();
        // Contacts the import added to a changed customer go; the others get their old values back.
        tx.deleteFrom(CONTACT).where(CONTACT.CUSTOMER_ID.in(changedIds))
                .and(CONTACT.ID.notIn(DSL.select(IMPORT_CONTACT_BEFORE.ID).from(IMPORT_CONTACT_BEFORE)
                        .where(IMPORT_CONTACT_BEFORE.BATCH_ID.eq(batchId))))
                .execute();
        mergeBack(tx, IMPORT_CONTACT_BEFORE, CONTACT, batchId);
    }

    /**
     * The first later batch, not undone, that changed a record of this batch, or added an order, a
     * call, a visit or a contact to a customer this batch inserted (undo would delete those with the customer).
     */
    private Long laterBatch() {
        ImportChange mine = IMPORT_CHANGE.as("mine");
        ImportChange theirs = IMPORT_CHANGE.as("theirs");
        Long sameRecord = tx.select(DSL.min(theirs.BATCH_ID)).from(theirs)
                .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(theirs.BATCH_ID))
                .where(theirs.BATCH_ID.gt(batchId)).and(IMPORT_BATCH.UNDONE.isFalse())
                .andExists(DSL.selectOne().from(mine).where(mine.BATCH_ID.eq(batchId))
                        .and(mine.ENTITY.eq(theirs.ENTITY)).and(mine.RECORD_ID.eq(theirs.RECORD_ID)))
                .fetchOne(0, Long.class);
        Long later = sameRecord;
        List<Long> others = new ArrayList<>();
        for (String entity : List.of(CUSTOMER_ENTITY, ORDER_ENTITY, CALL_ENTITY, CONTACT_ENTITY, FOLLOW_UP_ENTITY,
                VISIT_ENTITY, OPPORTUNITY_ENTITY)) {
            others.add(laterChangeOf(entity, inserted.condition(entity, theirs.RECORD_ID), theirs));
        }
        // A later customer import that changed the customer of a contact this batch added kept a copy of it.
        others.add(tx.select(DSL.min(IMPORT_CONTACT_BEFORE.BATCH_ID)).from(IMPORT_CONTACT_BEFORE)
                .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(IMPORT_CONTACT_BEFORE.BATCH_ID))
                .where(IMPORT_CONTACT_BEFORE.BATCH_ID.gt(batchId)).and(IMPORT_BATCH.UNDONE.isFalse())
                .and(inserted.condition(CONTACT_ENTITY, IMPORT_CONTACT_BEFORE.ID))
                .fetchOne(0, Long.class));
        others.add(onNewCustomers(ORDER_ENTITY, CUSTOMER_ORDER, CUSTOMER_ORDER.ID, CUSTOMER_ORDER.CUSTOMER_ID));
        others.add(onNewCustomers(CALL_ENTITY, PHONE_CALL, PHONE_CALL.ID, PHONE_CALL.CUSTOMER_ID));
        others.add(onNewCustomers(CONTACT_ENTITY, CONTACT, CONTACT.ID, CONTACT.CUSTOMER_ID));
        others.add(onNewCustomers(VISIT_ENTITY, VISIT, VISIT.ID, VISIT.CUSTOMER_ID));
        others.add(onNewCustomers(OPPORTUNITY_ENTITY, OPPORTUNITY, OPPORTUNITY.ID, OPPORTUNITY.CUSTOMER_ID));
        for (Long other : others) {
            if (other != null) {
                later = later == null ? other : Math.min(later, other);
            }
        }
        return later;
    }

    /** The first later batch, not undone, with a change record of this kind that meets {@code records}. */
    private Long laterChangeOf(String entity, Condition records, ImportChange theirs) {
        return tx.select(DSL.min(theirs.BATCH_ID)).from(theirs)
                .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(theirs.BATCH_ID))
                .where(theirs.BATCH_ID.gt(batchId)).and(IMPORT_BATCH.UNDONE.isFalse())
                .and(theirs.ENTITY.eq(entity)).and(records)
                .fetchOne(0, Long.class);
    }

    /**
     * The first later batch, not undone, that inserted or changed records of this kind of a customer
     * this batch inserted.
     */
    private Long onNewCustomers(String entity, Table<?> table, Field<Long> id, Field<Long> customerId) {
        Condition ofNewCustomer = inserted.condition(CUSTOMER_ENTITY, customerId);
        ImportChange theirs = IMPORT_CHANGE.as("theirs");
        Long changed = tx.select(DSL.min(theirs.BATCH_ID)).from(theirs)
                .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(theirs.BATCH_ID))
                .join(table).on(id.eq(theirs.RECORD_ID))
                .where(theirs.BATCH_ID.gt(batchId)).and(IMPORT_BATCH.UNDONE.isFalse())
                .and(theirs.ENTITY.eq(entity)).and(ofNewCustomer)
                .fetchOne(0, Long.class);
        ImportInserted runs = IMPORT_INSERTED.as("runs");
        Long added = tx.select(DSL.min(runs.BATCH_ID)).from(runs)
                .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(runs.BATCH_ID))
                .where(runs.BATCH_ID.gt(batchId)).and(IMPORT_BATCH.UNDONE.isFalse()).and(runs.ENTITY.eq(entity))
                .andExists(DSL.selectOne().from(table).where(id.between(runs.FIRST_ID, runs.LAST_ID))
                        .and(ofNewCustomer))
                .fetchOne(0, Long.class);
        if (changed == null || added == null) {
            return changed == null ? added : changed;
        }
        return Math.min(changed, added);
    }

    /** The ids this batch inserted, by kind, as ranges; touching ranges (chunk after chunk) are joined. */
    static final class Inserted {
        private final Map<String, List<long[]>> byEntity = new HashMap<>();

        Inserted(DSLContext tx, long batchId) {
            tx.select(IMPORT_INSERTED.ENTITY, IMPORT_INSERTED.FIRST_ID, IMPORT_INSERTED.LAST_ID).from(IMPORT_INSERTED)
                    .where(IMPORT_INSERTED.BATCH_ID.eq(batchId))
                    .orderBy(IMPORT_INSERTED.ENTITY, IMPORT_INSERTED.FIRST_ID)
                    .forEach(r -> {
                        List<long[]> ranges = byEntity.computeIfAbsent(r.value1(), k -> new ArrayList<>());
                        long[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
                        if (last != null && last[1] + 1 == r.value2()) {
                            last[1] = r.value3();
                        } else {
                            ranges.add(new long[] {r.value2(), r.value3()});
                        }
                    });
        }

        List<long[]> of(String entity) {
            return byEntity.getOrDefault(entity, List.of());
        }

        /** {@code id} is one of these inserted records. */
        Condition condition(String entity, Field<Long> id) {
            Condition any = DSL.falseCondition();
            for (long[] range : of(entity)) {
                any = any.or(id.between(range[0], range[1]));
            }
            return any;
        }
    }
}
