package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.classification.rules.RfmSegment;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerSort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The customer book filtered by the stored classification: segment, quadrant, churn warning, one customer. */
class CustomerClassificationFilterTest {
    private final ClassificationTestData data = new ClassificationTestData();
    private final JooqCustomerRepository book = data.customerBook();

    @AfterEach
    void close() {
        data.close();
    }

    private List<Long> find(CustomerFilter filter) {
        return Arrays.stream(book.findIds(filter, CustomerSort.DEFAULT)).boxed().toList();
    }

    @Test
    void filtersByWhatTheLastReclassificationStored() {
        long frequent = data.customer("A-1", "甲公司");
        for (String date : List.of("2026-01-10", "2026-03-10", "2026-05-10", "2026-07-10", "2026-09-10",
                "2026-11-10")) {
            data.order(frequent, date, "5000.00");
        }
        long lapsing = data.customer("B-1", "乙公司");
        for (String date : List.of("2025-12-01", "2025-12-20", "2026-01-05", "2026-01-20")) {
            data.order(lapsing, date, "800.00");
        }
        long once = data.customer("C-1", "丙公司");
        data.order(once, "2026-02-01", "100.00");
        long never = data.customer("D-1", "丁公司");
        assertThat(data.queries.lastRun()).isEmpty();
        assertThat(find(CustomerFilter.ofQuadrant(ValueQuadrant.HIGH_VALUE))).isEmpty();

        data.service.reclassifyAll(LocalDate.of(2026, 11, 23), ClassificationProgress.NONE, () -> false);

        assertThat(data.queries.lastRun()).hasValueSatisfying(run ->
                assertThat(run.getValue()).isEqualTo(LocalDate.of(2026, 11, 23)));
        assertThat(find(CustomerFilter.ofQuadrant(ValueQuadrant.HIGH_VALUE))).containsExactly(frequent);
        assertThat(find(CustomerFilter.ofQuadrant(ValueQuadrant.LOW_VALUE))).as("at or below both medians")
                .containsExactlyInAnyOrder(once, lapsing);
        assertThat(find(CustomerFilter.ofSegment(RfmSegment.IMPORTANT_VALUE))).containsExactly(frequent);
        assertThat(find(CustomerFilter.churnWarnings())).containsExactly(lapsing);
        assertThat(find(CustomerFilter.ofCustomer(never))).containsExactly(never);
        assertThat(find(CustomerFilter.ALL)).containsExactlyInAnyOrder(frequent, lapsing, once, never);
        assertThat(book.rows(new long[] {frequent, lapsing, never}))
                .extracting(r -> r.rfmSegment(), r -> r.quadrant(), r -> r.churnWarning())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("IMPORTANT_VALUE", "HIGH_VALUE", false),
                        org.assertj.core.groups.Tuple.tuple(
                                book.rows(new long[] {lapsing}).getFirst().rfmSegment(), "LOW_VALUE", true),
                        org.assertj.core.groups.Tuple.tuple(null, "POTENTIAL", false));
    }
}
