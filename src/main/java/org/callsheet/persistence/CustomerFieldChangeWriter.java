package org.callsheet.persistence;

import static org.callsheet.persistence.JooqImportBatching.insertWithoutId;
import static org.callsheet.persistence.JooqImportBatching.valuesWithoutId;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_FIELD_CHANGE;

import java.time.Instant;
import java.util.List;
import org.callsheet.model.ChangeSource;
import org.callsheet.model.FieldChange;
import org.callsheet.persistence.jooq.tables.records.CustomerFieldChangeRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * Writes field-history rows in the caller's transaction: one statement bound once per row, so an
 * import's chunk adds one batch, not a statement per change.
 */
final class CustomerFieldChangeWriter {
    private final DSLContext tx;
    private final ChangeSource source;
    private final CustomerFieldChangeRecordMapper mapper = new CustomerFieldChangeRecordMapper();
    private final CustomerFieldChangeRecord row = new CustomerFieldChangeRecord();
    private BatchBindStep batch;
    private int pending;

    CustomerFieldChangeWriter(DSLContext tx, ChangeSource source) {
        this.tx = tx;
        this.source = source;
    }

    /** Adds the customer's changed fields to the batch. */
    void add(long customerId, Instant changedAt, List<FieldChange> changes) {
        for (FieldChange change : changes) {
            if (batch == null) {
                batch = insertWithoutId(tx, CUSTOMER_FIELD_CHANGE);
            }
            mapper.fill(row, customerId, changedAt, source, change);
            batch.bind(valuesWithoutId(row));
            pending++;
        }
    }

    /** Rows added since the last {@link #write()}. */
    int pending() {
        return pending;
    }

    /** Writes the rows added so far; returns how many. */
    int write() {
        int written = pending;
        if (pending > 0) {
            batch.execute();
        }
        batch = null;
        pending = 0;
        return written;
    }
}
