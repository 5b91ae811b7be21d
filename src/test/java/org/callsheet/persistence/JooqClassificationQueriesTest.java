package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.classification.CustomerRef;
import org.callsheet.logic.classification.ParetoPoint;
import org.callsheet.logic.classification.QuadrantChart;
import org.callsheet.logic.classification.QuadrantMove;
import org.callsheet.logic.classification.SegmentSummary;
import org.callsheet.logic.classification.TierSummary;
import org.callsheet.logic.classification.rules.ServiceValueGroup;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.CustomerStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Analysis screen's summaries on hand-made data; today is 2026-11-23. */
class JooqClassificationQueriesTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final LocalDate JUNE = LocalDate.parse("2026-06-30");

    private final ClassificationTestData data = new ClassificationTestData();
    private long a;
    private long b;
    private long c;
    private long d;
    private long e;

    @BeforeEach
    void book() {
        a = data.customer("A-1", "甲公司");
        data.order(a, "2026-06-01", "1000.00");
        data.order(a, "2026-10-01", "1000.00");
        b = data.customer("B-1", "乙公司");
        data.order(b, "2026-09-15", "500.00", null, "200.00", "2026-10-15");
        c = data.customer("C-1", "丙公司");
        data.order(c, "2026-03-01", "100.00");
        d = data.customer("D-1", "丁公司");
        data.order(d, "2024-05-01", "300.00");
        e = data.customer("E-1", "戊公司");
        data.call(e, "2026-05-01", true, 5);
        data.customer("F-1", "己公司");
        data.service.snapshot(JUNE, ClassificationProgress.NONE, () -> false);
        data.service.reclassifyAll(TODAY, ClassificationProgress.NONE, () -> false);
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void pyramidCountsCustomersAndRevenueSharePerStatus() {
        assertThat(data.analysis.pyramid())
                .extracting(TierSummary::status, TierSummary::customers, t -> t.revenue().toPlainString(),
                        t -> t.revenueShare().toPlainString())
                .containsExactly(
                        tuple(CustomerStatus.SUPER, 1L, "2000.00", "0.769231"),
                        tuple(CustomerStatus.SMALL, 2L, "600.00", "0.230769"),
                        tuple(CustomerStatus.INACTIVE, 1L, "0.00", "0.000000"),
                        tuple(CustomerStatus.PROSPECT, 1L, "0.00", "0.000000"),
                        tuple(CustomerStatus.SUSPECT, 1L, "0.00", "0.000000"));
    }

    @Test
    void segmentGridCountsCustomersAndRevenuePerSegment() {
        // R scores 4, 2, 1 (mean 7/3), F 4, 1, 1 (mean 2), M 4, 2, 1: only A is above every mean
        assertThat(data.analysis.segments())
                .extracting(s -> s.segment().code(), SegmentSummary::customers, s -> s.revenue().toPlainString())
                .containsExactly(tuple("important_value", 1L, "2000.00"), tuple("general_retain", 2L, "600.00"));
    }

    @Test
    void quadrantPointsAndMedians() {
        QuadrantChart chart = data.analysis.quadrants(2);
        assertThat(chart.scoredCustomers()).isEqualTo(3);
        assertThat(chart.points()).extracting(p -> p.customerId(), p -> p.orders(), p -> p.quadrant())
                .containsExactly(tuple(a, 2, ValueQuadrant.HIGH_VALUE), tuple(b, 1, ValueQuadrant.LOW_VALUE));
        assertThat(chart.points().getFirst().averageOrder()).isEqualByComparingTo("1000.00");
        assertThat(chart.averageOrderMedian()).isEqualByComparingTo("500");
        assertThat(chart.frequencyMedian()).isEqualByComparingTo("1");
    }

    @Test
    void movementBetweenTwoSnapshotDates() {
        assertThat(data.analysis.snapshotDates()).containsExactly(TODAY, JUNE);
        assertThat(data.analysis.movement(JUNE, TODAY))
                .extracting(QuadrantMove::from, QuadrantMove::to, QuadrantMove::customers)
                .containsExactlyInAnyOrder(
                        tuple(ValueQuadrant.OCCASIONAL_BIG, ValueQuadrant.HIGH_VALUE, 1L),
                        tuple(ValueQuadrant.LOW_VALUE, ValueQuadrant.LOW_VALUE, 1L),
                        tuple(ValueQuadrant.LAPSED, ValueQuadrant.LAPSED, 1L),
                        tuple(ValueQuadrant.POTENTIAL, ValueQuadrant.LOW_VALUE, 1L),
                        tuple(ValueQuadrant.POTENTIAL, ValueQuadrant.POTENTIAL, 2L));
        assertThat(data.statusColumn(b)).as("a snapshot of June did not touch today's statuses")
                .isEqualTo(CustomerStatus.SMALL);
    }

    @Test
    void paretoCurveOverCurrentCustomers() {
        assertThat(data.analysis.pareto(4)).extracting(ParetoPoint::customerShare)
                .containsExactly(0.0, 1 / 3.0, 2 / 3.0, 1.0, 1.0);
        assertThat(data.analysis.pareto(4).get(1).revenueShare()).isCloseTo(2000 / 2600.0, within(1e-12));
        assertThat(data.analysis.pareto(4).get(2).revenueShare()).isCloseTo(2500 / 2600.0, within(1e-12));
    }

    @Test
    void churnWarningsListRegularBuyersWhoStopped() {
        long regular = data.customer("R-1", "壬公司");
        data.order(regular, "2026-01-01", "10.00");
        data.order(regular, "2026-01-11", "10.00");
        data.order(regular, "2026-01-21", "10.00");
        data.service.afterOrdersChanged();
        assertThat(data.analysis.churnWarnings(10)).singleElement().satisfies(w -> {
            assertThat(w.customerId()).isEqualTo(regular);
            assertThat(w.name()).isEqualTo("壬公司");
            assertThat(w.detail().recencyDays()).isEqualTo(306);
            assertThat(w.detail().revenue12m()).isEqualByComparingTo("30.00");
        });
    }

    @Test
    void keyCustomerTurnedInactive() {
        data.service.reclassifyAll(LocalDate.parse("2027-12-01"), ClassificationProgress.NONE, () -> false);
        assertThat(data.analysis.keyCustomersTurnedInactive(10)).singleElement().satisfies(k -> {
            assertThat(k.customerId()).isEqualTo(a);
            assertThat(k.externalId()).isEqualTo("A-1");
            assertThat(k.detail().formerStatus()).isEqualTo(CustomerStatus.SUPER);
        });
    }

    @Test
    void creditRiskPotentialBigAndNegativeValueLists() {
        assertThat(data.analysis.creditRisks()).singleElement().satisfies(r -> {
            assertThat(r.customerId()).isEqualTo(b);
            assertThat(r.detail().overdueAmount()).isEqualByComparingTo("300.00");
            assertThat(r.detail().maxDaysOverdue()).isEqualTo(39);
        });
        assertThat(data.analysis.potentialBigCustomers()).singleElement().satisfies(p -> {
            assertThat(p.customerId()).isEqualTo(e);
            assertThat(p.detail().lastContact()).isEqualTo(LocalDate.parse("2026-05-01"));
            assertThat(p.detail().lastOrder()).isNull();
        });
        assertThat(data.analysis.negativeValueCustomers()).extracting(CustomerRef::customerId,
                        r -> r.detail().group(), r -> r.detail().value().toPlainString())
                .containsExactly(tuple(e, ServiceValueGroup.NEGATIVE, "-5"));
        assertThat(c).isPositive();
        assertThat(d).isPositive();
    }
}
