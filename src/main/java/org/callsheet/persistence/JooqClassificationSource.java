package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_CLASSIFICATION;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;
import static org.callsheet.persistence.jooq.Tables.PHONE_CALL;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import org.callsheet.logic.classification.ClassificationSource;
import org.callsheet.logic.classify.RfmSegment;
import org.callsheet.logic.classify.ValueQuadrant;
import org.callsheet.model.CustomerStatus;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.Record5;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Streams customers and orders for a reclassification through jOOQ cursors. H2 is told to
 * execute these queries lazily, so it hands rows over as it reads them instead of building the
 * whole result first; amounts arrive as cents and dates as epoch days, computed by the database.
 */
public final class JooqClassificationSource implements ClassificationSource {
    private static final int FETCH_SIZE = 10_000;
    private static final Field<Integer> ORDER_DAY = DSL.field("DATEDIFF(DAY, DATE '1970-01-01', {0})",
            SQLDataType.INTEGER, CUSTOMER_ORDER.ORDER_DATE);
    private static final Field<Long> AMOUNT_CENTS = CUSTOMER_ORDER.AMOUNT.mul(100).cast(SQLDataType.BIGINT);
    private static final Field<Long> COST_CENTS = CUSTOMER_ORDER.COST.mul(100).cast(SQLDataType.BIGINT);

    private final DSLContext dsl;
    private final ZoneId zone;

    /** {@code zone} turns call times into the rep's calendar days. */
    public JooqClassificationSource(DSLContext dsl, ZoneId zone) {
        this.dsl = dsl;
        this.zone = zone;
    }

    @Override
    public long orderCountEstimate() {
        return dsl.fetchCount(CUSTOMER_ORDER);
    }

    @Override
    public void forEachCustomer(CustomerSink sink) {
        FirstCalls first = firstCalls();
        lazily(ctx -> {
            try (Cursor<Record5<Long, Boolean, String, String, String>> customers = ctx
                    .select(CUSTOMER.ID, CUSTOMER.NO_NEED, CUSTOMER.STATUS, CUSTOMER_CLASSIFICATION.QUADRANT,
                            CUSTOMER_CLASSIFICATION.RFM_SEGMENT)
                    .from(CUSTOMER).leftJoin(CUSTOMER_CLASSIFICATION)
                    .on(CUSTOMER_CLASSIFICATION.CUSTOMER_ID.eq(CUSTOMER.ID))
                    .orderBy(CUSTOMER.ID).fetchSize(FETCH_SIZE).fetchLazy()) {
                int k = 0;
                for (Record5<Long, Boolean, String, String, String> r : customers) {
                    long id = r.value1();
                    while (k < first.size && first.ids[k] < id) {
                        k++;
                    }
                    int firstContact = k < first.size && first.ids[k] == id ? first.days[k] : NO_DAY;
                    sink.accept(id, r.value2(), firstContact, CustomerStatus.valueOf(r.value3()),
                            r.value4() == null ? null : ValueQuadrant.valueOf(r.value4()),
                            r.value5() == null ? null : RfmSegment.valueOf(r.value5()));
                }
            }
        });
    }

    /** Customers with a connected call (ascending id) and the day of their first one. */
    private static final class FirstCalls {
        long[] ids = new long[1024];
        int[] days = new int[1024];
        int size;

        void add(long id, int day) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                days = Arrays.copyOf(days, size * 2);
            }
            ids[size] = id;
            days[size] = day;
            size++;
        }
    }

    private FirstCalls firstCalls() {
        FirstCalls out = new FirstCalls();
        lazily(ctx -> {
            try (Cursor<Record2<Long, OffsetDateTime>> calls = ctx
                    .select(PHONE_CALL.CUSTOMER_ID, DSL.min(PHONE_CALL.STARTED_AT)).from(PHONE_CALL)
                    .where(PHONE_CALL.CONNECTED.isTrue())
                    .groupBy(PHONE_CALL.CUSTOMER_ID).orderBy(PHONE_CALL.CUSTOMER_ID)
                    .fetchSize(FETCH_SIZE).fetchLazy()) {
                for (Record2<Long, OffsetDateTime> r : calls) {
                    out.add(r.value1(), (int) r.value2().atZoneSameInstant(zone).toLocalDate().toEpochDay());
                }
            }
        });
        return out;
    }

    @Override
    public void forEachOrder(LocalDate upTo, OrderSink sink) {
        lazily(ctx -> {
            try (Cursor<Record4<Long, Integer, Long, Long>> orders = ctx
                    .select(CUSTOMER_ORDER.CUSTOMER_ID, ORDER_DAY, AMOUNT_CENTS, COST_CENTS)
                    .from(CUSTOMER_ORDER).where(CUSTOMER_ORDER.ORDER_DATE.le(upTo))
                    .fetchSize(FETCH_SIZE).fetchLazy()) {
                for (Record4<Long, Integer, Long, Long> r : orders) {
                    Long cost = r.value4();
                    sink.accept(r.value1(), r.value2(), r.value3(), cost == null ? NO_COST : cost);
                }
            }
        });
    }

    /** Runs {@code work} on one connection with H2's lazy query execution switched on. */
    private void lazily(java.util.function.Consumer<DSLContext> work) {
        dsl.connection(connection -> {
            DSLContext ctx = DSL.using(connection, dsl.dialect(), dsl.settings());
            ctx.execute("SET LAZY_QUERY_EXECUTION TRUE");
            try {
                work.accept(ctx);
            } finally {
                ctx.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        });
    }

    @Override
    public void forEachCustomerLabel(LabelSink sink) {
        lazily(ctx -> {
            try (Cursor<Record3<Long, String, String>> cursor = ctx
                    .select(CUSTOMER.ID, CUSTOMER.EXTERNAL_ID, CUSTOMER.NAME)
                    .from(CUSTOMER).orderBy(CUSTOMER.ID).fetchSize(FETCH_SIZE).fetchLazy()) {
                for (Record3<Long, String, String> r : cursor) {
                    sink.accept(r.value1(), r.value2(), r.value3());
                }
            }
        });
    }
}
