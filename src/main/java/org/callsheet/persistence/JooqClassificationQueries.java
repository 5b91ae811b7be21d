package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CLASSIFICATION_CHANGE;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_CLASSIFICATION;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callsheet.logic.classification.ChurnWarning;
import org.callsheet.logic.classification.ClassificationQueries;
import org.callsheet.logic.classification.CustomerRef;
import org.callsheet.logic.classification.KeyCustomerLost;
import org.callsheet.logic.classification.QuadrantChart;
import org.callsheet.logic.classification.QuadrantMove;
import org.callsheet.logic.classification.QuadrantPoint;
import org.callsheet.logic.classification.SegmentSummary;
import org.callsheet.logic.classification.TierSummary;
import org.callsheet.logic.classification.rules.CustomerHistory;
import org.callsheet.logic.classification.rules.ReportingWindow;
import org.callsheet.logic.classification.rules.RfmSegment;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.CustomerStatus;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The Analysis screen's summaries, as SQL aggregates over the stored classification. */
public final class JooqClassificationQueries implements ClassificationQueries {
    private static final int IDS_PER_QUERY = 1000;
    private static final Set<String> CURRENT = Set.of(CustomerStatus.SUPER.name(), CustomerStatus.BIG.name(),
            CustomerStatus.MEDIUM.name(), CustomerStatus.SMALL.name());

    private final DSLContext dsl;
    private final ClassificationHistoryQueries histories;

    public JooqClassificationQueries(DSLContext dsl, ZoneId zone) {
        this.dsl = dsl;
        this.histories = new ClassificationHistoryQueries(dsl, zone);
    }

    /**
     * When the current results were last brought up to date and the as-of date they classified
     * (the newest run that replaced the current results); empty before the first reclassification.
     */
    public java.util.Optional<java.util.Map.Entry<java.time.Instant, LocalDate>> lastRun() {
        return CurrentRun.read(dsl).map(run -> Map.entry(run.runAt(), run.asOf()));
    }

    @Override
    public List<TierSummary> pyramid() {
        Field<Long> count = DSL.count().cast(SQLDataType.BIGINT);
        Field<BigDecimal> revenue = DSL.sum(CUSTOMER_CLASSIFICATION.REVENUE_12M);
        Map<CustomerStatus, TierSummary> byStatus = new java.util.EnumMap<>(CustomerStatus.class);
        BigDecimal total = BigDecimal.ZERO;
        var rows = dsl.select(CUSTOMER_CLASSIFICATION.STATUS, count, revenue).from(CUSTOMER_CLASSIFICATION)
                .groupBy(CUSTOMER_CLASSIFICATION.STATUS).fetch();
        for (var r : rows) {
            total = total.add(r.value3());
        }
        for (var r : rows) {
            BigDecimal share = total.signum() == 0 ? BigDecimal.ZERO : r.value3().divide(total, 6, RoundingMode.HALF_UP);
            CustomerStatus status = CustomerStatus.valueOf(r.value1());
            byStatus.put(status, new TierSummary(status, r.value2(), r.value3(), share));
        }
        return List.copyOf(byStatus.values());
    }

    @Override
    public List<SegmentSummary> segments() {
        Map<RfmSegment, SegmentSummary> bySegment = new java.util.EnumMap<>(RfmSegment.class);
        dsl.select(CUSTOMER_CLASSIFICATION.RFM_SEGMENT, DSL.count().cast(SQLDataType.BIGINT),
                        DSL.sum(CUSTOMER_CLASSIFICATION.REVENUE_12M))
                .from(CUSTOMER_CLASSIFICATION).where(CUSTOMER_CLASSIFICATION.RFM_SEGMENT.isNotNull())
                .groupBy(CUSTOMER_CLASSIFICATION.RFM_SEGMENT)
                .forEach(r -> {
                    RfmSegment s = RfmSegment.valueOf(r.value1());
                    bySegment.put(s, new SegmentSummary(s, r.value2(), r.value3()));
                });
        return List.copyOf(bySegment.values());
    }

    @Override
    public QuadrantChart quadrants(int limit) {
        List<QuadrantPoint> points = dsl.select(CUSTOMER_CLASSIFICATION.CUSTOMER_ID, CUSTOMER_CLASSIFICATION.AOV,
                        CUSTOMER_CLASSIFICATION.ORDERS_12M, CUSTOMER_CLASSIFICATION.QUADRANT)
                .from(CUSTOMER_CLASSIFICATION).where(CUSTOMER_CLASSIFICATION.RFM_SEGMENT.isNotNull())
                .orderBy(CUSTOMER_CLASSIFICATION.REVENUE_12M.desc(), CUSTOMER_CLASSIFICATION.CUSTOMER_ID)
                .limit(limit)
                .fetch(r -> new QuadrantPoint(r.value1(), r.value2(), r.value3(), ValueQuadrant.valueOf(r.value4())));
        long scored = dsl.fetchCount(CUSTOMER_CLASSIFICATION, CUSTOMER_CLASSIFICATION.RFM_SEGMENT.isNotNull());
        java.util.Optional<CurrentRun> run = CurrentRun.read(dsl);
        return new QuadrantChart(points, scored, run.map(CurrentRun::aovMedian).orElse(null),
                run.map(CurrentRun::frequencyMedian).orElse(null));
    }

    @Override
    public List<LocalDate> snapshotDates() {
        return SnapshotSets.dates(dsl);
    }

    @Override
    public List<QuadrantMove> movement(LocalDate from, LocalDate to) {
        return QuadrantMoves.between(dsl, SnapshotSets.read(dsl, from), SnapshotSets.read(dsl, to));
    }

    @Override
    public long[] revenueCentsDescending() {
        long[] out = new long[1024];
        int n = 0;
        try (Cursor<org.jooq.Record1<Long>> cursor = dsl
                .select(CUSTOMER_CLASSIFICATION.REVENUE_12M.mul(100).cast(SQLDataType.BIGINT))
                .from(CUSTOMER_CLASSIFICATION)
                .where(CUSTOMER_CLASSIFICATION.COMPUTED_STATUS.in(CURRENT))
                .orderBy(CUSTOMER_CLASSIFICATION.REVENUE_12M.desc()).fetchSize(10_000).fetchLazy()) {
            for (org.jooq.Record1<Long> r : cursor) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = r.value1();
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    @Override
    public List<CustomerRef<ChurnWarning>> churnWarnings(int limit) {
        java.util.Optional<CurrentRun> run = CurrentRun.read(dsl);
        if (run.isEmpty()) {
            return List.of();
        }
        LocalDate asOf = run.get().asOf();
        return dsl.select(CUSTOMER.ID, CUSTOMER.EXTERNAL_ID, CUSTOMER.NAME, CUSTOMER_CLASSIFICATION.STATUS,
                        CUSTOMER_CLASSIFICATION.REVENUE_12M, CUSTOMER_CLASSIFICATION.LAST_ORDER_DATE)
                .from(CUSTOMER_CLASSIFICATION).join(CUSTOMER).on(CUSTOMER.ID.eq(CUSTOMER_CLASSIFICATION.CUSTOMER_ID))
                .where(CUSTOMER_CLASSIFICATION.CHURN_WARNING.isTrue())
                .orderBy(CUSTOMER_CLASSIFICATION.REVENUE_12M.desc(), CUSTOMER.ID).limit(limit)
                .fetch(r -> new CustomerRef<>(r.value1(), r.value2(), r.value3(),
                        new ChurnWarning(CustomerStatus.valueOf(r.value4()), r.value5(), r.value6() == null ? null
                                : (int) java.time.temporal.ChronoUnit.DAYS.between(r.value6(), asOf))));
    }

    @Override
    public List<CustomerRef<KeyCustomerLost>> keyCustomersTurnedInactive(int limit) {
        return dsl.select(CUSTOMER.ID, CUSTOMER.EXTERNAL_ID, CUSTOMER.NAME, CLASSIFICATION_CHANGE.FROM_VALUE,
                        CLASSIFICATION_CHANGE.CHANGED_AT, CLASSIFICATION_CHANGE.AS_OF)
                .from(CLASSIFICATION_CHANGE).join(CUSTOMER).on(CUSTOMER.ID.eq(CLASSIFICATION_CHANGE.CUSTOMER_ID))
                .where(CLASSIFICATION_CHANGE.WHAT.eq(org.callsheet.logic.classification.ChangedField.STATUS.name()))
                .and(CLASSIFICATION_CHANGE.TO_VALUE.eq(CustomerStatus.INACTIVE.name()))
                .and(CLASSIFICATION_CHANGE.FROM_VALUE.in(CustomerStatus.SUPER.name(), CustomerStatus.BIG.name()))
                .orderBy(CLASSIFICATION_CHANGE.CHANGED_AT.desc(), CLASSIFICATION_CHANGE.ID.desc()).limit(limit)
                .fetch(r -> new CustomerRef<>(r.value1(), r.value2(), r.value3(),
                        new KeyCustomerLost(CustomerStatus.valueOf(r.value4()), Stamps.fromDb(r.value5()), r.value6())));
    }

    @Override
    public List<CustomerHistory> strongNeedHistories(int minInterestLevel) {
        return histories.strongNeed(minInterestLevel);
    }

    @Override
    public List<CustomerHistory> serviceCostCandidates(ReportingWindow window) {
        return histories.serviceCostCandidates(window);
    }

    @Override
    public List<CustomerHistory> overdueHistories(LocalDate asOf) {
        return histories.overdue(asOf);
    }

    @Override
    public Map<Long, CustomerRef<Void>> refs(List<Long> customerIds) {
        Map<Long, CustomerRef<Void>> out = new HashMap<>();
        for (int from = 0; from < customerIds.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = customerIds.subList(from, Math.min(customerIds.size(), from + IDS_PER_QUERY));
            dsl.select(CUSTOMER.ID, CUSTOMER.EXTERNAL_ID, CUSTOMER.NAME).from(CUSTOMER).where(CUSTOMER.ID.in(chunk))
                    .forEach(r -> out.put(r.value1(), new CustomerRef<>(r.value1(), r.value2(), r.value3(), null)));
        }
        return out;
    }
}
