package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_BLACK_FACE;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_CLASSIFICATION;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;
import static org.callsheet.persistence.jooq.Tables.PHONE_CALL;
import static org.callsheet.persistence.jooq.Tables.VISIT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.callsheet.logic.classification.ClassificationSource;
import org.callsheet.logic.classification.rules.RfmSegment;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.VisitOutcome;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * Streams customers and orders for a reclassification in key-ordered chunks ({@link KeyOrderScan});
 * orders are read from the result set as plain values and handed on as cents and epoch days.
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
            int[] k = {0};
            int[] p = {0};
            KeyOrderScan.forEach(ctx, CUSTOMER, CUSTOMER.ID, DSL.noCondition(), List.of(CUSTOMER.NO_NEED, CUSTOMER.STATUS),
                    rs -> {
                        long id = rs.getLong(1);
                        while (k[0] < first.size && first.ids[k[0]] < id) {
                            k[0]++;
                        }
                        while (p[0] < previous.size && previous.ids[p[0]] < id) {
                            p[0]++;
                        }
                        int firstContact = k[0] < first.size && first.ids[k[0]] == id ? first.days[k[0]] : NO_DAY;
                        boolean known = p[0] < previous.size && previous.ids[p[0]] == id;
                        sink.accept(id, rs.getBoolean(2), Arrays.binarySearch(blackFaces, id) >= 0, firstContact,
                                CustomerStatus.valueOf(rs.getString(3)),
                                known ? previous.quadrants[p[0]] : null, known ? previous.segments[p[0]] : null,
                                known && previous.hashKnown[p[0]], known ? previous.hashes[p[0]] : 0);
                    });
        });
    }

    /** The stored quadrant, segment and row hash of every classified customer, ascending id. */
    private static final class Previous {
        long[] ids = new long[1024];
        ValueQuadrant[] quadrants = new ValueQuadrant[1024];
        RfmSegment[] segments = new RfmSegment[1024];
        long[] hashes = new long[1024];
        boolean[] hashKnown = new boolean[1024];
        int size;

        void add(long id, ValueQuadrant quadrant, RfmSegment segment, boolean known, long hash) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                quadrants = Arrays.copyOf(quadrants, size * 2);
                segments = Arrays.copyOf(segments, size * 2);
                hashes = Arrays.copyOf(hashes, size * 2);
                hashKnown = Arrays.copyOf(hashKnown, size * 2);
            }
            ids[size] = id;
            quadrants[size] = quadrant;
            segments[size] = segment;
            hashes[size] = hash;
            hashKnown[size] = known;
            size++;
        }
    }

    private Previous previous() {
        Previous out = new Previous();
        onOneConnection(ctx -> KeyOrderScan.forEach(ctx, CUSTOMER_CLASSIFICATION, CUSTOMER_CLASSIFICATION.CUSTOMER_ID,
                DSL.noCondition(), List.of(CUSTOMER_CLASSIFICATION.QUADRANT, CUSTOMER_CLASSIFICATION.RFM_SEGMENT,
                        CUSTOMER_CLASSIFICATION.RESULT_HASH), rs -> {
                    String segment = rs.getString(3);
                    long hash = rs.getLong(4);
                    out.add(rs.getLong(1), ValueQuadrant.valueOf(rs.getString(2)),
                            segment == null ? null : RfmSegment.valueOf(segment), !rs.wasNull(), hash);
                }));
        return out;
    }

    /**
     * Customers the rep has reached (ascending id) and the day of the first time: a connected call
     * or a visit that met them, as for the last contact (docs/domain.md §2: such a customer
     * without orders is a prospect; an unanswered call or a visit not met is only an attempt).
     */
    private static final class FirstCalls {
        long[] ids = new long[1024];
        int[] days = new int[1024];
        int size;

        void add(long id, int day) {
            if (size > 0 && ids[size - 1] == id) {
                days[size - 1] = Math.min(days[size - 1], day);
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                days = Arrays.copyOf(days, size * 2);
            }
            ids[size] = id;
            days[size] = day;
            size++;
        }

        /** This list and {@code other}, both in ascending id, merged: each id once with its earlier day. */
        FirstCalls merge(FirstCalls other) {
            FirstCalls out = new FirstCalls();
            int i = 0;
            int j = 0;
            while (i < size || j < other.size) {
                if (j == other.size || i < size && ids[i] <= other.ids[j]) {
                    out.add(ids[i], days[i]);
                    i++;
                } else {
                    out.add(other.ids[j], other.days[j]);
                    j++;
                }
            }
            return out;
        }
    }

    private FirstCalls firstCalls() {
        FirstCalls calls = new FirstCalls();
        FirstCalls visits = new FirstCalls();
        onOneConnection(ctx -> {
            try (Cursor<Record2<Long, OffsetDateTime>> rows = ctx
                    .select(PHONE_CALL.CUSTOMER_ID, DSL.min(PHONE_CALL.STARTED_AT)).from(PHONE_CALL)
                    .where(PHONE_CALL.CONNECTED.isTrue())
                    .groupBy(PHONE_CALL.CUSTOMER_ID).orderBy(PHONE_CALL.CUSTOMER_ID)
                    .fetchSize(FETCH_SIZE).fetchLazy()) {
                for (Record2<Long, OffsetDateTime> r : rows) {
                    calls.add(r.value1(), (int) r.value2().atZoneSameInstant(zone).toLocalDate().toEpochDay());
                }
            }
            try (Cursor<Record2<Long, LocalDate>> rows = ctx
                    .select(VISIT.CUSTOMER_ID, DSL.min(VISIT.VISIT_DATE)).from(VISIT)
                    .where(VISIT.OUTCOME.eq(VisitOutcome.MET.name()))
                    .groupBy(VISIT.CUSTOMER_ID).orderBy(VISIT.CUSTOMER_ID)
                    .fetchSize(FETCH_SIZE).fetchLazy()) {
                for (Record2<Long, LocalDate> r : rows) {
                    visits.add(r.value1(), (int) r.value2().toEpochDay());
                }
            }
        });
        return calls.merge(visits);
    }

    @Override
    public void forEachOrder(LocalDate upTo, OrderSink sink) {
        forEachOrder(upTo, 0, 1, sink);
    }

    /** Part {@code part} of {@code parts} equal ranges of the order ids. */
    @Override
    public void forEachOrder(LocalDate upTo, int part, int parts, OrderSink sink) {
        long last = upTo.toEpochDay();
        onOneConnection(ctx -> {
            Record2<Long, Long> bounds = ctx.select(DSL.min(CUSTOMER_ORDER.ID), DSL.max(CUSTOMER_ORDER.ID))
                    .from(CUSTOMER_ORDER).fetchOne();
            if (bounds == null || bounds.value1() == null) {
                return;
            }
            long lo = bounds.value1();
            long span = bounds.value2() - lo + 1;
            long from = lo + span * part / parts;
            long to = lo + span * (part + 1) / parts - 1;
            // the plain columns: H2 evaluating a date difference and two decimal products per order
            // cost more than converting the values here; no condition on the date either: H2 would
            // walk the date index and fetch every row through it, several times slower than the scan
            KeyOrderScan.forEach(ctx, CUSTOMER_ORDER, CUSTOMER_ORDER.ID, CUSTOMER_ORDER.ID.between(from, to),
                    List.of(CUSTOMER_ORDER.CUSTOMER_ID, CUSTOMER_ORDER.ORDER_DATE, CUSTOMER_ORDER.AMOUNT,
                            CUSTOMER_ORDER.COST),
                    rs -> {
                        long day = rs.getObject(3, LocalDate.class).toEpochDay();
                        if (day <= last) {
                            BigDecimal cost = rs.getBigDecimal(5);
                            sink.accept(rs.getLong(2), (int) day, cents(rs.getBigDecimal(4)),
                                    cost == null ? NO_COST : cents(cost));
                        }
                    });
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
        onOneConnection(ctx -> KeyOrderScan.forEach(ctx, CUSTOMER, CUSTOMER.ID, DSL.noCondition(),
                List.of(CUSTOMER.EXTERNAL_ID, CUSTOMER.NAME),
                rs -> sink.accept(rs.getLong(1), rs.getString(2), rs.getString(3))));
    }
}
