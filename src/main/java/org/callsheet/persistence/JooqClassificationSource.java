package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_BLACK_FACE;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_CLASSIFICATION;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;
import static org.callsheet.persistence.jooq.Tables.PHONE_CALL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.impl.DSL;

/**
 * Streams customers and orders for a reclassification through jOOQ cursors (H2 keeps large
 * results in temporary files, not on the heap); orders are read from the result set as plain
 * values and handed on as cents and epoch days.
 */
public final class JooqClassificationSource implements ClassificationSource {
    private static final int FETCH_SIZE = 10_000;

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
        Previous previous = previous();
        onOneConnection(ctx -> {
            // the few black-face marks, looked up by binary search while the customers stream by
            long[] blackFaces = ctx.select(CUSTOMER_BLACK_FACE.CUSTOMER_ID).from(CUSTOMER_BLACK_FACE)
                    .orderBy(CUSTOMER_BLACK_FACE.CUSTOMER_ID).fetch(CUSTOMER_BLACK_FACE.CUSTOMER_ID).stream()
                    .mapToLong(Long::longValue).toArray();
            // two scans in key order merged here, instead of a join that looks up every customer
            try (Cursor<Record3<Long, Boolean, String>> customers = ctx
                    .select(CUSTOMER.ID, CUSTOMER.NO_NEED, CUSTOMER.STATUS)
                    .from(CUSTOMER).orderBy(CUSTOMER.ID).fetchSize(FETCH_SIZE).fetchLazy()) {
                int k = 0;
                int p = 0;
                for (Record3<Long, Boolean, String> r : customers) {
                    long id = r.value1();
                    while (k < first.size && first.ids[k] < id) {
                        k++;
                    }
                    while (p < previous.size && previous.ids[p] < id) {
                        p++;
                    }
                    int firstContact = k < first.size && first.ids[k] == id ? first.days[k] : NO_DAY;
                    boolean known = p < previous.size && previous.ids[p] == id;
                    sink.accept(id, r.value2(), java.util.Arrays.binarySearch(blackFaces, id) >= 0, firstContact,
                            CustomerStatus.valueOf(r.value3()),
                            known ? previous.quadrants[p] : null, known ? previous.segments[p] : null);
                }
            }
        });
    }

    /** The stored quadrant and segment of every classified customer, ascending id. */
    private static final class Previous {
        long[] ids = new long[1024];
        ValueQuadrant[] quadrants = new ValueQuadrant[1024];
        RfmSegment[] segments = new RfmSegment[1024];
        int size;

        void add(long id, ValueQuadrant quadrant, RfmSegment segment) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                quadrants = Arrays.copyOf(quadrants, size * 2);
                segments = Arrays.copyOf(segments, size * 2);
            }
            ids[size] = id;
            quadrants[size] = quadrant;
            segments[size] = segment;
            size++;
        }
    }

    private Previous previous() {
        Previous out = new Previous();
        onOneConnection(ctx -> {
            try (Cursor<Record3<Long, String, String>> rows = ctx
                    .select(CUSTOMER_CLASSIFICATION.CUSTOMER_ID, CUSTOMER_CLASSIFICATION.QUADRANT,
                            CUSTOMER_CLASSIFICATION.RFM_SEGMENT)
                    .from(CUSTOMER_CLASSIFICATION).orderBy(CUSTOMER_CLASSIFICATION.CUSTOMER_ID)
                    .fetchSize(FETCH_SIZE).fetchLazy()) {
                for (Record3<Long, String, String> r : rows) {
                    out.add(r.value1(), ValueQuadrant.valueOf(r.value2()),
                            r.value3() == null ? null : RfmSegment.valueOf(r.value3()));
                }
            }
        });
        return out;
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
        onOneConnection(ctx -> {
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
        onOneConnection(ctx -> {
            // the plain columns: H2 evaluating a date difference and two decimal products per
            // order cost more than converting the values here
            try (Cursor<Record4<Long, LocalDate, BigDecimal, BigDecimal>> orders = ctx
                    .select(CUSTOMER_ORDER.CUSTOMER_ID, CUSTOMER_ORDER.ORDER_DATE, CUSTOMER_ORDER.AMOUNT,
                            CUSTOMER_ORDER.COST)
                    .from(CUSTOMER_ORDER).fetchSize(FETCH_SIZE).fetchLazy()) {
                // no WHERE on the date: H2 would walk the date index and fetch every row through
                // it, which is several times slower than the plain table scan filtered here
                long last = upTo.toEpochDay();
                // straight from the cursor's result set: no record or boxed value per order
                ResultSet rs = orders.resultSet();
                while (rs.next()) {
                    long day = rs.getObject(2, LocalDate.class).toEpochDay();
                    if (day <= last) {
                        BigDecimal cost = rs.getBigDecimal(4);
                        sink.accept(rs.getLong(1), (int) day, cents(rs.getBigDecimal(3)),
                                cost == null ? NO_COST : cents(cost));
                    }
                }
            } catch (SQLException e) {
                throw new DatabaseException("cannot read the orders", e);
            }
        });
    }

    /** An amount of the (2-decimal) money columns in cents. */
    private static long cents(BigDecimal amount) {
        return amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * Runs {@code work} on one connection. (H2's lazy query execution was tried here: it was
     * slower, and a long lazy read can meet "chunk not found" once the store has moved on.)
     */
    private void onOneConnection(java.util.function.Consumer<DSLContext> work) {
        dsl.connection(connection -> work.accept(DSL.using(connection, dsl.dialect(), dsl.settings())));
    }

    @Override
    public void forEachCustomerLabel(LabelSink sink) {
        onOneConnection(ctx -> {
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
