package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CHECKLIST_TICK;
import static org.callsheet.persistence.jooq.Tables.CLASSIFICATION_CHANGE;
import static org.callsheet.persistence.jooq.Tables.CLASSIFICATION_OVERRIDE;
import static org.callsheet.persistence.jooq.Tables.CLASSIFICATION_SNAPSHOT;
import static org.callsheet.persistence.jooq.Tables.CONTACT;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_BLACK_FACE;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_CLASSIFICATION;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_FIELD_CHANGE;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_TAG;
import static org.callsheet.persistence.jooq.Tables.FOLLOW_UP;
import static org.callsheet.persistence.jooq.Tables.OPPORTUNITY;
import static org.callsheet.persistence.jooq.Tables.OPPORTUNITY_CHANGE;
import static org.callsheet.persistence.jooq.Tables.PHONE_CALL;
import static org.callsheet.persistence.jooq.Tables.VISIT;

import java.util.ArrayList;
import java.util.List;
import org.callsheet.logic.customers.CustomerRemains;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * The stored rows of a customer as a delete found them, in an order their references allow
 * (customer, then what points at it, calls before the follow-ups they planned). Restoring inserts
 * them back with their ids, so the calls still name their contacts and the history its customer.
 */
final class JooqCustomerRemains implements CustomerRemains {
    /** Every table whose rows die with the customer (ON DELETE CASCADE), parents first. */
    private static final List<TableField<?, Long>> OWNED_BY_CUSTOMER = List.of(CUSTOMER.ID,
            CUSTOMER_TAG.CUSTOMER_ID, CONTACT.CUSTOMER_ID, CUSTOMER_ORDER.CUSTOMER_ID, PHONE_CALL.CUSTOMER_ID,
            FOLLOW_UP.CUSTOMER_ID, CHECKLIST_TICK.CUSTOMER_ID, CUSTOMER_CLASSIFICATION.CUSTOMER_ID,
            CLASSIFICATION_SNAPSHOT.CUSTOMER_ID, CLASSIFICATION_OVERRIDE.CUSTOMER_ID,
            CLASSIFICATION_CHANGE.CUSTOMER_ID, CUSTOMER_BLACK_FACE.CUSTOMER_ID, VISIT.CUSTOMER_ID,
            OPPORTUNITY.CUSTOMER_ID, CUSTOMER_FIELD_CHANGE.CUSTOMER_ID);

    private final List<TableRecord<?>> rows;

    private JooqCustomerRemains(List<TableRecord<?>> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Reads every row of the customer, before it is deleted (same transaction). */
    static JooqCustomerRemains capture(DSLContext tx, long customerId) {
        List<TableRecord<?>> rows = new ArrayList<>();
        for (TableField<?, Long> owner : OWNED_BY_CUSTOMER) {
            Table<?> table = owner.getTable();
            var query = tx.selectFrom(table).where(owner.eq(customerId));
            var primaryKey = table.getPrimaryKey();
            for (var record : primaryKey == null ? query.fetch() : query.orderBy(primaryKey.getFields()).fetch()) {
                rows.add((TableRecord<?>) record);
            }
        }
        // the history of the customer's opportunities dies with them
        rows.addAll(tx.selectFrom(OPPORTUNITY_CHANGE).where(OPPORTUNITY_CHANGE.OPPORTUNITY_ID.in(
                DSL.select(OPPORTUNITY.ID).from(OPPORTUNITY).where(OPPORTUNITY.CUSTOMER_ID.eq(customerId))))
                .orderBy(OPPORTUNITY_CHANGE.ID).fetch());
        return new JooqCustomerRemains(rows);
    }

    /** Inserts the rows back as they were (same transaction as the caller's). */
    void restore(DSLContext tx) {
        for (TableRecord<?> row : rows) {
            // every column, the ids too (an insert writes the changed ones)
            row.changed(true);
            tx.executeInsert(row);
        }
    }
}
