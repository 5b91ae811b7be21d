package org.callsheet.persistence.safety;

import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;
import static org.callsheet.persistence.jooq.Tables.FOLLOW_UP;
import static org.callsheet.persistence.jooq.Tables.PHONE_CALL;

import org.callsheet.logic.safety.BookCounts;
import org.jooq.DSLContext;

/** Counts what a customer book holds (H2 answers a bare COUNT(*) from the table's own row count). */
public final class BookCountsQuery {
    private BookCountsQuery() {
    }

    public static BookCounts count(DSLContext dsl) {
        return new BookCounts(dsl.fetchCount(CUSTOMER), dsl.fetchCount(PHONE_CALL), dsl.fetchCount(CUSTOMER_ORDER),
                dsl.fetchCount(FOLLOW_UP));
    }
}
