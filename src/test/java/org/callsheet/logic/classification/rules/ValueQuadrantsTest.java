package org.callsheet.logic.classification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.callsheet.logic.classification.rules.Orders.customer;
import static org.callsheet.logic.classification.rules.Orders.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueQuadrantsTest {

    private static RfmInput in(long f, String m) {
        return new RfmInput(0, f, new BigDecimal(m));
    }

    @Test
    void oddCountSplitsAtTheMiddleValueStrictly() {
        // aov: 10, 20, 30 (median 20); F: 1, 2, 3 (median 2)
        List<ValueQuadrant> q = ValueQuadrants.place(List.of(in(1, "10"), in(2, "40"), in(3, "90")));
        assertThat(q).containsExactly(ValueQuadrant.LOW_VALUE, ValueQuadrant.LOW_VALUE, ValueQuadrant.HIGH_VALUE);
    }

    @Test
    void evenCountSplitsAtTheMeanOfTheTwoMiddleValues() {
        // aov: 100, 10, 40, 5 → sorted 5, 10, 40, 100, median 25; F: 1, 4, 2, 3 → median 2.5
        List<ValueQuadrant> q = ValueQuadrants.place(List.of(in(1, "100"), in(4, "40"), in(2, "80"), in(3, "15")));
        assertThat(q).containsExactly(ValueQuadrant.OCCASIONAL_BIG, ValueQuadrant.FREQUENT_SMALL,
                ValueQuadrant.OCCASIONAL_BIG, ValueQuadrant.FREQUENT_SMALL);
        ValueQuadrants.Medians medians = ValueQuadrants.medians(
                new BigDecimal[] {new BigDecimal("100"), new BigDecimal("40"), new BigDecimal("80"), new BigDecimal("15")},
                new long[] {1, 4, 2, 3}).display();
        assertThat(medians.averageOrderAmount()).isEqualByComparingTo("25");
        assertThat(medians.frequency()).isEqualByComparingTo("2.5");
    }

    @Test
    void equalRatiosStayEqualAfterDivision() {
        // 10/3 and 20/6 are the same aov and both equal the median: neither is high
        List<ValueQuadrant> q = ValueQuadrants.place(List.of(in(3, "10"), in(6, "20"), in(1, "1")));
        assertThat(q.get(0)).isEqualTo(ValueQuadrant.LOW_VALUE);
        assertThat(q.get(1)).isEqualTo(ValueQuadrant.FREQUENT_SMALL);
    }

    @Test
    void ratiosTooCloseForDoublesAreComparedExactly() {
        // 3.333333333333333333334 / 1 is above 10 / 3 by 1e-21; the median is 10 / 3
        List<ValueQuadrant> q = ValueQuadrants.place(List.of(in(3, "10"), in(1, "3.333333333333333333334"),
                in(1, "0"), in(1, "3.3333333333333333333333")));
        // as doubles the three non-zero values are equal; exactly they sort 3.3…3 (22 digits) < 10/3 < 3.3…34,
        // so the median is between the first two and only 3.3…3 is not above it. F median is 1.
        assertThat(q).containsExactly(ValueQuadrant.HIGH_VALUE, ValueQuadrant.OCCASIONAL_BIG,
                ValueQuadrant.LOW_VALUE, ValueQuadrant.LOW_VALUE);
    }

    @Test
    void neverOrderedIsPotentialAndOldBuyersAreLapsed() {
        LocalDate asOf = LocalDate.parse("2025-06-30");
        Map<Long, ValueQuadrant> q = ValueQuadrants.classify(List.of(
                customer(1, order("2025-05-01", "100")),
                customer(2),
                customer(3, order("2023-01-01", "100")),
                customer(4, order("2025-07-01", "100"))), new ReportingWindow(asOf, 12));
        assertThat(q).containsEntry(1L, ValueQuadrant.LOW_VALUE)
                .containsEntry(2L, ValueQuadrant.POTENTIAL)
                .containsEntry(3L, ValueQuadrant.LAPSED)
                .containsEntry(4L, ValueQuadrant.POTENTIAL);
    }

    @Test
    void movementCountsCustomersPerFromToPair() {
        List<CustomerHistory> customers = List.of(
                customer(1, order("2024-03-01", "10"), order("2025-03-01", "500"), order("2025-04-01", "500")),
                customer(2, order("2025-03-01", "20")),
                customer(3, order("2024-02-01", "300"), order("2024-02-10", "300")),
                customer(4, order("2024-05-01", "5")));
        QuadrantMovement m = QuadrantMovement.between(customers,
                new ReportingWindow(LocalDate.parse("2024-06-30"), 12),
                new ReportingWindow(LocalDate.parse("2025-06-30"), 12));
        // 2024-06-30: scored 1 (aov 10, F 1), 3 (300, 2), 4 (5, 1): medians aov 10, F 1
        // 2025-06-30: scored 1 (500, 2), 2 (20, 1), 4? no (2024-05-01 is out) → medians aov 260, F 1.5
        assertThat(m.count(ValueQuadrant.LOW_VALUE, ValueQuadrant.HIGH_VALUE)).isEqualTo(1);
        assertThat(m.customers(ValueQuadrant.POTENTIAL, ValueQuadrant.LOW_VALUE)).containsExactly(2L);
        assertThat(m.customers(ValueQuadrant.HIGH_VALUE, ValueQuadrant.LAPSED)).containsExactly(3L);
        assertThat(m.customers(ValueQuadrant.LOW_VALUE, ValueQuadrant.LAPSED)).containsExactly(4L);
        assertThat(m.cells()).hasSize(4);
        assertThat(m.count(ValueQuadrant.HIGH_VALUE, ValueQuadrant.HIGH_VALUE)).isZero();
    }
}
