package org.callsheet.persistence;

import static org.callsheet.persistence.JooqImportBatching.copyInto;
import static org.callsheet.persistence.JooqImportBatching.insertWithoutId;
import static org.callsheet.persistence.JooqImportBatching.maxId;
import static org.callsheet.persistence.JooqImportBatching.newIds;
import static org.callsheet.persistence.JooqImportBatching.recordInserted;
import static org.callsheet.persistence.JooqImportBatching.updateById;
import static org.callsheet.persistence.JooqImportBatching.valuesThenId;
import static org.callsheet.persistence.JooqImportBatching.valuesWithoutId;
import static org.callsheet.persistence.JooqImportSession.ORDER_ENTITY;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;
import static org.callsheet.persistence.jooq.Tables.IMPORT_ORDER_BEFORE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.callsheet.logic.csv.imports.OrderChange;
import org.callsheet.model.Order;
import org.callsheet.persistence.jooq.tables.records.CustomerOrderRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/** The order half of an import session, on the session's transaction. */
final class JooqImportOrders {
    private final DSLContext tx;
    private final OrderRecordMapper orders = new OrderRecordMapper();
    private final long batchId;

    JooqImportOrders(DSLContext tx, long batchId) {
        this.tx = tx;
        this.batchId = batchId;
    }

    List<Order> byId(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return tx.selectFrom(CUSTOMER_ORDER).where(CUSTOMER_ORDER.ID.in(ids)).orderBy(CUSTOMER_ORDER.ID)
                .fetch(orders::toModel);
    }

    long[] insert(List<Order> list) {
        if (list.isEmpty()) {
            return new long[0];
        }
        long idsAbove = maxId(tx, CUSTOMER_ORDER.ID);
        BatchBindStep orderBatch = insertWithoutId(tx, CUSTOMER_ORDER);
        CustomerOrderRecord row = new CustomerOrderRecord();
        List<String> uids = new ArrayList<>(list.size());
        for (Order o : list) {
            orders.fill(row, o.withId(null), o.customerId());
            orderBatch.bind(valuesWithoutId(row));
            uids.add(o.uid());
        }
        orderBatch.execute();
        Map<String, Long> idByUid = newIds(tx, CUSTOMER_ORDER.ID, CUSTOMER_ORDER.UID, idsAbove, uids);
        long[] ids = new long[list.size()];
        for (int i = 0; i < list.size(); i++) {
            ids[i] = idByUid.get(list.get(i).uid());
        }
        recordInserted(tx, batchId, ORDER_ENTITY, ids);
        return ids;
    }

    void change(List<OrderChange> changes, BatchBindStep changeBatch) {
        if (changes.isEmpty()) {
            return;
        }
        List<Long> ids = changes.stream().map(c -> c.order().id()).toList();
        copyInto(tx, CUSTOMER_ORDER, IMPORT_ORDER_BEFORE, IMPORT_ORDER_BEFORE.BATCH_ID, batchId,
                CUSTOMER_ORDER.ID.in(ids));
        for (OrderChange change : changes) {
            changeBatch.bind(batchId, ORDER_ENTITY, change.order().id(), change.order().uid(), change.kind().name());
        }
        rewrite(changes);
        changeBatch.execute();
    }

    /** Writes orders again whose state before the import is recorded already (or that it inserted). */
    void rewrite(List<OrderChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        BatchBindStep orderBatch = updateById(tx, CUSTOMER_ORDER);
        CustomerOrderRecord row = new CustomerOrderRecord();
        for (OrderChange change : changes) {
            Order o = change.order();
            orders.fill(row, o, o.customerId());
            orderBatch.bind(valuesThenId(row));
        }
        orderBatch.execute();
    }
}
