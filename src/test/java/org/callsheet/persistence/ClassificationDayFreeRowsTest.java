package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.callsheet.persistence.jooq.Tables.CLASSIFICATION_RUN;
import static org.callsheet.persistence.jooq.Tables.CLASSIFICATION_SNAPSHOT;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_CLASSIFICATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.classification.ClassificationResult;
import org.callsheet.logic.classification.ClassifiedPopulation;
import org.callsheet.logic.classification.QuadrantMove;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.CustomerStatus;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Stored rows hold nothing that moves with the as-of date; recency and the repeat-purchase
 * figures are derived when read, and snapshots are one compact row per date. Today is 2026-11-23.
 */
class ClassificationDayFreeRowsTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    private final ClassificationTestData data = new ClassificationTestData();

    @AfterEach
    void close() {
        data.close();
    }

    /** Enough customers with repeat purchases for the repeat-purchase model to be fitted. */
    private List<Long> book() {
        Random random = new Random(7);
        List<Long> ids = new ArrayList<>();
        for (int k = 0; k < 80; k++) {
            long id = data.customer("K-" + k, "客户" + k);
            ids.add(id);
            int orders = 1 + random.nextInt(6);
            for (int o = 0; o < orders; o++) {
                LocalDate day = TODAY.minusDays(random.nextInt(900));
                data.order(id, day.toString(), (50 + random.nextInt(5000)) + "." + random.nextInt(10) + "0");
            }
        }
        ids.add(data.customer("N-1", "没有订单"));
        return ids;
    }

    private ClassifiedPopulation reclassify(LocalDate asOf) {
        return data.service.reclassifyAll(asOf, ClassificationProgress.NONE, () -> false).population().orElseThrow();
    }

    @Test
    void aNewDayRewritesOnlyChangedRowsAndReadsBackExactlyWhatTheRulesSaid() {
        List<Long> ids = book();
        reclassify(TODAY.minusDays(1));
        ClassifiedPopulation today = reclassify(TODAY);

        long todayRun = data.db.dsl().select(DSL.max(CLASSIFICATION_RUN.ID)).from(CLASSIFICATION_RUN).fetchSingle().value1();
        int rewritten = data.db.dsl().fetchCount(CUSTOMER_CLASSIFICATION, CUSTOMER_CLASSIFICATION.RUN_ID.eq(todayRun));
        assertThat(rewritten).as("rows whose values only moved with the date stay as they were")
                .isLessThan(ids.size() / 2);
        int withForecast = 0;
        for (int i = 0; i < today.size(); i++) {
            ClassificationResult expected = today.result(i);
            ClassificationResult stored = data.service.resultsFor(expected.customerId()).orElseThrow();
            assertThat(stored).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(expected);
            withForecast += stored.rules().probabilityAlive() != null && stored.rules().clv12m() != null ? 1 : 0;
        }
        assertThat(withForecast).as("the repeat-purchase model was fitted").isPositive();
    }

    @Test
    void snapshotsOfEarlierVersionsAreReadFromTheirRowsUntilTheirDateIsWrittenAgain() {
        long a = data.customer("A-1", "甲公司");
        data.order(a, "2026-06-01", "1000.00");
        long b = data.customer("B-1", "乙公司");
        data.order(b, "2026-09-15", "500.00");
        long c = data.customer("C-1", "丙公司");
        reclassify(TODAY);
        LocalDate june = LocalDate.parse("2026-06-30");
        data.db.dsl().insertInto(CLASSIFICATION_SNAPSHOT, CLASSIFICATION_SNAPSHOT.AS_OF,
                        CLASSIFICATION_SNAPSHOT.CUSTOMER_ID, CLASSIFICATION_SNAPSHOT.STATUS,
                        CLASSIFICATION_SNAPSHOT.QUADRANT, CLASSIFICATION_SNAPSHOT.REVENUE_12M)
                .values(june, a, "SUPER", "LOW_VALUE", new BigDecimal("1000.00"))
                .values(june, c, "SMALL", "FREQUENT_SMALL", new BigDecimal("-5.10"))
                .execute();

        assertThat(data.queries.snapshotDates()).containsExactly(TODAY, june);
        SnapshotSet old = SnapshotSets.read(data.db.dsl(), june);
        assertThat(old.size()).isEqualTo(2);
        assertThat(old.revenueCents()[old.indexOf(c)]).isEqualTo(-510);
        assertThat(data.queries.movement(june, TODAY))
                .extracting(QuadrantMove::from, QuadrantMove::to, QuadrantMove::customers)
                .containsExactlyInAnyOrder(
                        tuple(ValueQuadrant.LOW_VALUE, ValueQuadrant.OCCASIONAL_BIG, 1L),
                        tuple(ValueQuadrant.FREQUENT_SMALL, ValueQuadrant.POTENTIAL, 1L),
                        tuple(ValueQuadrant.POTENTIAL, ValueQuadrant.LOW_VALUE, 1L));

        data.db.dsl().deleteFrom(CUSTOMER).where(CUSTOMER.ID.eq(b)).execute();
        assertThat(data.queries.movement(june, TODAY)).as("a deleted customer leaves every snapshot")
                .extracting(QuadrantMove::from, QuadrantMove::to, QuadrantMove::customers)
                .containsExactlyInAnyOrder(
                        tuple(ValueQuadrant.LOW_VALUE, ValueQuadrant.OCCASIONAL_BIG, 1L),
                        tuple(ValueQuadrant.FREQUENT_SMALL, ValueQuadrant.POTENTIAL, 1L));

        data.service.snapshot(june, ClassificationProgress.NONE, () -> false);
        assertThat(data.db.dsl().fetchCount(CLASSIFICATION_SNAPSHOT)).as("replaced by the new form").isZero();
        assertThat(data.queries.snapshotDates()).containsExactly(TODAY, june);
        SnapshotSet rewritten = SnapshotSets.read(data.db.dsl(), june);
        assertThat(rewritten.size()).isEqualTo(1);
        assertThat(rewritten.ids()[0]).isEqualTo(a);
        assertThat(rewritten.statuses()[0]).isEqualTo(CustomerStatus.SUPER);
        assertThat(rewritten.revenueCents()[0]).isEqualTo(100_000);
    }

    @Test
    void theSnapshotCodecKeepsEveryValue() {
        SnapshotSet set = new SnapshotSet(2);
        CustomerStatus[] statuses = CustomerStatus.values();
        ValueQuadrant[] quadrants = ValueQuadrant.values();
        long[] cents = {0, -1, 1, Long.MAX_VALUE / 4, -123_456_789_012L, 99};
        long id = 1;
        for (int k = 0; k < 50; k++) {
            id += 1 + (long) k * k * 1_000_003L;
            set.add(id, statuses[k % statuses.length], quadrants[k % quadrants.length], cents[k % cents.length]);
        }

        SnapshotSet back = SnapshotCodec.decode(SnapshotCodec.encode(set));

        assertThat(back.size()).isEqualTo(50);
        for (int k = 0; k < 50; k++) {
            assertThat(back.ids()[k]).isEqualTo(set.ids()[k]);
            assertThat(back.statuses()[k]).isEqualTo(set.statuses()[k]);
            assertThat(back.quadrants()[k]).isEqualTo(set.quadrants()[k]);
            assertThat(back.revenueCents()[k]).isEqualTo(set.revenueCents()[k]);
        }
        assertThat(SnapshotCodec.decode(SnapshotCodec.encode(new SnapshotSet(0))).size()).isZero();
    }
}
