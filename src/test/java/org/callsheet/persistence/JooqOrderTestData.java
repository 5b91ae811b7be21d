package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;

/** Writes orders straight into the table for repository tests (orders arrive by import later). */
final class JooqOrderTestData {
    private final DSLContext dsl;

    JooqOrderTestData(DSLContext dsl) {
        this.dsl = dsl;
    }

    void addOrder(long customerId, String date, String amount) {
        OffsetDateTime now = OffsetDateTime.of(2026, 11, 23, 8, 0, 0, 0, ZoneOffset.UTC);
        dsl.insertInto(CUSTOMER_ORDER)
                .set(CUSTOMER_ORDER.UID, UUID.randomUUID().toString())
                .set(CUSTOMER_ORDER.CUSTOMER_ID, customerId)
                .set(CUSTOMER_ORDER.ORDER_DATE, LocalDate.parse(date))
                .set(CUSTOMER_ORDER.AMOUNT, new BigDecimal(amount))
                .set(CUSTOMER_ORDER.CREATED_AT, now)
                .set(CUSTOMER_ORDER.UPDATED_AT, now)
                .execute();
    }
}
