package org.callsheet.persistence;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * A JDBC batch of one statement executed every {@link #CHUNK} rows, so binding a million rows
 * never holds more than one chunk of values in memory. Runs inside the caller's transaction.
 */
final class ChunkedBatch {
    static final int CHUNK = 5_000;

    private final DSLContext tx;
    private final Query query;
    private BatchBindStep step;
    private int pending;
    private long total;

    ChunkedBatch(DSLContext tx, Query query) {
        this.tx = tx;
        this.query = query;
    }

    void bind(Object... values) {
        if (step == null) {
            step = tx.batch(query);
        }
        step.bind(values);
        total++;
        if (++pending == CHUNK) {
            flush();
        }
    }

    /** Executes what is bound; returns the number of rows bound in all. */
    long flush() {
        if (step != null && pending > 0) {
            step.execute();
        }
        step = null;
        pending = 0;
        return total;
    }
}
