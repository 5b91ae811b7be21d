package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;
import static org.callsheet.persistence.jooq.Tables.PHONE_CALL;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.callsheet.logic.classification.ClassificationAnalysis;
import org.callsheet.logic.classification.ClassificationService;
import org.callsheet.logic.classification.rules.ClassificationSettings;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.CustomerStatus;

/**
 * A private in-memory database (Flyway-migrated) with the classification service wired to it,
 * and helpers that write customers, orders and calls straight into the tables.
 */
public final class ClassificationTestData implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Today: 2026-11-23 in Shanghai. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZONE);
    private static final OffsetDateTime STAMP = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    public final Database db = Database.inMemory("classification-" + UUID.randomUUID());
    public final JooqClassificationStore store = new JooqClassificationStore(db.dsl());
    public final JooqClassificationQueries queries = new JooqClassificationQueries(db.dsl(), ZONE);
    public final ClassificationService service = new ClassificationService(
            new JooqClassificationSource(db.bulkReads(), ZONE), store, ClassificationSettings.DEFAULTS, CLOCK);
    public final ClassificationAnalysis analysis = new ClassificationAnalysis(queries, ClassificationSettings.DEFAULTS,
            CLOCK);

    /** A customer with status SUSPECT (the column default); returns its id. */
    /** The customer book over the same database. */
    public JooqCustomerRepository customerBook() {
        return new JooqCustomerRepository(db.dsl(), new Pinyin(),
                new PhoneNormalizer());
    }

    public long customer(String externalId, String name) {
        return customer(externalId, name, false);
    }

    public long customer(String externalId, String name, boolean noNeed) {
        return db.dsl().insertInto(CUSTOMER)
                .set(CUSTOMER.UID, UUID.randomUUID().toString())
                .set(CUSTOMER.EXTERNAL_ID, externalId)
                .set(CUSTOMER.NAME, name)
                .set(CUSTOMER.NO_NEED, noNeed)
                .set(CUSTOMER.CREATED_AT, STAMP)
                .set(CUSTOMER.UPDATED_AT, STAMP)
                .returning(CUSTOMER.ID).fetchOne(CUSTOMER.ID);
    }

    public void order(long customerId, String date, String amount) {
        order(customerId, date, amount, null, null, null);
    }

    public void order(long customerId, String date, String amount, String cost, String paid, String due) {
        db.dsl().insertInto(CUSTOMER_ORDER)
                .set(CUSTOMER_ORDER.UID, UUID.randomUUID().toString())
                .set(CUSTOMER_ORDER.CUSTOMER_ID, customerId)
                .set(CUSTOMER_ORDER.ORDER_DATE, LocalDate.parse(date))
                .set(CUSTOMER_ORDER.AMOUNT, new BigDecimal(amount))
                .set(CUSTOMER_ORDER.COST, cost == null ? null : new BigDecimal(cost))
                .set(CUSTOMER_ORDER.PAID_AMOUNT, paid == null ? null : new BigDecimal(paid))
                .set(CUSTOMER_ORDER.DUE_DATE, due == null ? null : LocalDate.parse(due))
                .set(CUSTOMER_ORDER.CREATED_AT, STAMP)
                .set(CUSTOMER_ORDER.UPDATED_AT, STAMP)
                .execute();
    }

    /** A call at 10:00 Shanghai time on {@code date}. */
    public void call(long customerId, String date, boolean connected, Integer interestLevel) {
        OffsetDateTime at = LocalDate.parse(date).atTime(10, 0).atZone(ZONE).toOffsetDateTime();
        db.dsl().insertInto(PHONE_CALL)
                .set(PHONE_CALL.UID, UUID.randomUUID().toString())
                .set(PHONE_CALL.CUSTOMER_ID, customerId)
                .set(PHONE_CALL.STARTED_AT, at)
                .set(PHONE_CALL.OUTCOME, connected ? "CONNECTED" : "NO_ANSWER")
                .set(PHONE_CALL.CONNECTED, connected)
                .set(PHONE_CALL.INTEREST_LEVEL, interestLevel)
                .set(PHONE_CALL.CREATED_AT, STAMP)
                .set(PHONE_CALL.UPDATED_AT, STAMP)
                .execute();
    }

    /** A visit on {@code date} logged with {@code outcome} (MET, NOT_MET or CANCELLED) at 17:00 Shanghai time. */
    public void visit(long customerId, String date, String outcome) {
        LocalDate day = LocalDate.parse(date);
        db.dsl().insertInto(org.callsheet.persistence.jooq.Tables.VISIT)
                .set(org.callsheet.persistence.jooq.Tables.VISIT.UID, UUID.randomUUID().toString())
                .set(org.callsheet.persistence.jooq.Tables.VISIT.CUSTOMER_ID, customerId)
                .set(org.callsheet.persistence.jooq.Tables.VISIT.VISIT_DATE, day)
                .set(org.callsheet.persistence.jooq.Tables.VISIT.DONE_AT, day.atTime(17, 0).atZone(ZONE).toOffsetDateTime())
                .set(org.callsheet.persistence.jooq.Tables.VISIT.OUTCOME, outcome)
                .set(org.callsheet.persistence.jooq.Tables.VISIT.CREATED_AT, STAMP)
                .set(org.callsheet.persistence.jooq.Tables.VISIT.UPDATED_AT, STAMP)
                .execute();
    }

    public CustomerStatus statusColumn(long customerId) {
        return CustomerStatus.valueOf(db.dsl().select(CUSTOMER.STATUS).from(CUSTOMER).where(CUSTOMER.ID.eq(customerId))
                .fetchSingle(CUSTOMER.STATUS));
    }

    @Override
    public void close() {
        db.close();
    }
}
