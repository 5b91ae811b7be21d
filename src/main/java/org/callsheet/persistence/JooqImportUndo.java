package org.callsheet.persistence;

import static org.callsheet.persistence.JooqImportBatching.mergeBack;
import static org.callsheet.persistence.JooqImportSession.CUSTOMER_ENTITY;
import static org.callsheet.persistence.JooqImportSession.CALL_ENTITY;
import static org.callsheet.persistence.JooqImportSession.CONTACT_ENTITY;
import static org.callsheet.persistence.JooqImportSession.FOLLOW_UP_ENTITY;
import static org.callsheet.persistence.JooqImportSession.ORDER_ENTITY;
import static org.callsheet.persistence.jooq.Tables.CONTACT;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_TAG;
import static org.callsheet.persistence.jooq.Tables.FOLLOW_UP;
import static org.callsheet.persistence.jooq.Tables.IMPORT_BATCH;
import static org.callsheet.persistence.jooq.Tables.IMPORT_CALL_BEFORE;
import static org.callsheet.persistence.jooq.Tables.IMPORT_CHANGE;
import static org.callsheet.persistence.jooq.Tables.IMPORT_CONTACT_BEFORE;
import static org.callsheet.persistence.jooq.Tables.IMPORT_CUSTOMER_BEFORE;
import static org.callsheet.persistence.jooq.Tables.IMPORT_ORDER_BEFORE;
import static org.callsheet.persistence.jooq.Tables.IMPORT_TAG_BEFORE;
import static org.callsheet.persistence.jooq.Tables.PHONE_CALL;

import java.time.Instant;
import org.callsheet.logic.imports.ChangeKind;
import org.callsheet.logic.imports.UndoResult;
import org.callsheet.persistence.jooq.tables.ImportChange;
import org.callsheet.persistence.jooq.tables.records.ImportBatchRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reverses one import batch inside the caller's transaction. */
final class JooqImportUndo {
    private final DSLContext tx;
    private final long batchId;

    JooqImportUndo(DSLContext tx, long batchId) {
        this.tx = tx;
        this.batchId = batchId;
    }

    UndoResult run(Instant now) {
        ImportBatchRecord batch = tx.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(batchId)).forUpdate().fetchOne();
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
        int restored = tx.fetchCount(IMPORT_CHANGE, IMPORT_CHANGE.BATCH_ID.eq(batchId)
                .and(IMPORT_CHANGE.KIND.ne(ChangeKind.INSERTED.name())));
        restoreCustomers();
        mergeBack(tx, IMPORT_ORDER_BEFORE, CUSTOMER_ORDER, batchId);
        mergeBack(tx, IMPORT_CALL_BEFORE, PHONE_CALL, batchId);
        int deleted = tx.deleteFrom(FOLLOW_UP).where(FOLLOW_UP.ID.in(inserted(FOLLOW_UP_ENTITY))).execute()
                + tx.deleteFrom(PHONE_CALL).where(PHONE_CALL.ID.in(inserted(CALL_ENTITY))).execute()
                + tx.deleteFrom(CONTACT).where(CONTACT.ID.in(inserted(CONTACT_ENTITY))).execute()
                + tx.deleteFrom(CUSTOMER_ORDER).where(CUSTOMER_ORDER.ID.in(inserted(ORDER_ENTITY))).execute()
                + tx.deleteFrom(CUSTOMER).where(CUSTOMER.ID.in(inserted(CUSTOMER_ENTITY))).execute();
        batch.setUndone(true);
        batch.setUndoneAt(Stamps.toDb(now));
        batch.store();
        return UndoResult.undone(batchId, restored, deleted);
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

    private org.jooq.Select<org.jooq.Record1<Long>> inserted(String entity) {
        return DSL.select(IMPORT_CHANGE.RECORD_ID).from(IMPORT_CHANGE)
                .where(IMPORT_CHANGE.BATCH_ID.eq(batchId))
                .and(IMPORT_CHANGE.ENTITY.eq(entity))
                .and(IMPORT_CHANGE.KIND.eq(ChangeKind.INSERTED.name()));
    }

    /**
     * The first later batch, not undone, that changed a record of this batch, or added an order, a
     * call or a contact to a customer this batch inserted (undo would delete those with the customer).
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
        // A later customer import that changed the customer of a contact this batch added kept a copy of it.
        Long contactCopied = tx.select(DSL.min(IMPORT_CONTACT_BEFORE.BATCH_ID)).from(IMPORT_CONTACT_BEFORE)
                .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(IMPORT_CONTACT_BEFORE.BATCH_ID))
                .where(IMPORT_CONTACT_BEFORE.BATCH_ID.gt(batchId)).and(IMPORT_BATCH.UNDONE.isFalse())
                .and(IMPORT_CONTACT_BEFORE.ID.in(inserted(CONTACT_ENTITY)))
                .fetchOne(0, Long.class);
        Long later = sameRecord;
        for (Long other : new Long[] {contactCopied,
                onNewCustomers(ORDER_ENTITY, CUSTOMER_ORDER, CUSTOMER_ORDER.ID, CUSTOMER_ORDER.CUSTOMER_ID),
                onNewCustomers(CALL_ENTITY, PHONE_CALL, PHONE_CALL.ID, PHONE_CALL.CUSTOMER_ID),
                onNewCustomers(CONTACT_ENTITY, CONTACT, CONTACT.ID, CONTACT.CUSTOMER_ID)}) {
            if (other != null) {
                later = later == null ? other : Math.min(later, other);
            }
        }
        return later;
    }

    /** The first later batch, not undone, that added records of this kind to a customer this batch inserted. */
    private Long onNewCustomers(String entity, org.jooq.Table<?> table, org.jooq.Field<Long> id,
                                org.jooq.Field<Long> customerId) {
        ImportChange theirs = IMPORT_CHANGE.as("theirs");
        return tx.select(DSL.min(theirs.BATCH_ID)).from(theirs)
                .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(theirs.BATCH_ID))
                .join(table).on(id.eq(theirs.RECORD_ID))
                .where(theirs.BATCH_ID.gt(batchId)).and(IMPORT_BATCH.UNDONE.isFalse())
                .and(theirs.ENTITY.eq(entity))
                .and(customerId.in(inserted(CUSTOMER_ENTITY)))
                .fetchOne(0, Long.class);
    }
}
