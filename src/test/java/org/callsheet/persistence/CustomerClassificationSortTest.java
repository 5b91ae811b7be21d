package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.model.CustomerStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer book sorted by the stored classification (status on its index, segment, quadrant
 * and churn warning from the current results in memory, ADR 0018).
 */
class CustomerClassificationSortTest {
    private final ClassificationTestData data = new ClassificationTestData();
    private final JooqCustomerRepository book = data.customerBook();
    private long frequent;
    private long lapsing;
    private long once;
    private long never;
    private long late;

    @BeforeEach
    void book() {
        frequent = customer("A-1", "甲公司", "jiagongsi");
        for (String date : List.of("2026-01-10", "2026-03-10", "2026-05-10", "2026-07-10", "2026-09-10",
                "2026-11-10")) {
            data.order(frequent, date, "5000.00");
        }
        lapsing = customer("B-1", "乙公司", "yigongsi");
        for (String date : List.of("2025-12-01", "2025-12-20", "2026-01-05", "2026-01-20")) {
            data.order(lapsing, date, "800.00");
        }
        once = customer("C-1", "丙公司", "binggongsi");
        data.order(once, "2026-02-01", "100.00");
        never = customer("D-1", "丁公司", "dinggongsi");
        data.service.reclassifyAll(LocalDate.of(2026, 11, 23), ClassificationProgress.NONE, () -> false);
        late = customer("E-1", "戊公司", "wugongsi");
    }

    private long customer(String externalId, String name, String pinyin) {
        long id = data.customer(externalId, name);
        data.db.dsl().update(CUSTOMER).set(CUSTOMER.NAME_PINYIN, pinyin).where(CUSTOMER.ID.eq(id)).execute();
        return id;
    }

    @AfterEach
    void close() {
        data.close();
    }

    private List<Long> sorted(CustomerSort.Column column, boolean ascending) {
        return Arrays.stream(book.findIds(CustomerFilter.ALL, new CustomerSort(column, ascending))).boxed().toList();
    }

    @Test
    void quadrantsSortInTheirOrderWithTheUnclassifiedLastAscendingAndFirstDescending() {
        assertThat(sorted(CustomerSort.Column.QUADRANT, true)).as("high value, low value by pinyin, potential, none")
                .containsExactly(frequent, once, lapsing, never, late);
        assertThat(sorted(CustomerSort.Column.QUADRANT, false)).containsExactly(late, never, lapsing, once, frequent);
    }

    @Test
    void segmentsSortBestFirstAndCustomersWithoutOneLast() {
        List<Long> ascending = sorted(CustomerSort.Column.SEGMENT, true);
        assertThat(ascending.getFirst()).isEqualTo(frequent);
        assertThat(ascending.subList(3, 5)).as("no segment: never ordered, or not classified yet")
                .containsExactly(never, late);
        assertThat(sorted(CustomerSort.Column.SEGMENT, false).subList(0, 2)).containsExactly(late, never);
        assertThat(sorted(CustomerSort.Column.SEGMENT, false).getLast()).isEqualTo(frequent);
    }

    @Test
    void churnWarningsComeFirstWhenAscending() {
        assertThat(sorted(CustomerSort.Column.CHURN_WARNING, true)).containsExactly(lapsing, once, never, frequent, late);
        assertThat(sorted(CustomerSort.Column.CHURN_WARNING, false)).containsExactly(late, frequent, never, once, lapsing);
    }

    @Test
    void theOrdersFollowTheNextReclassification() {
        assertThat(sorted(CustomerSort.Column.QUADRANT, true).getLast()).as("not classified yet").isEqualTo(late);
        ValueQuadrant before = quadrant(once);
        data.order(once, "2026-11-20", "90000.00");

        data.service.reclassifyAll(LocalDate.of(2026, 11, 23), ClassificationProgress.NONE, () -> false);

        assertThat(quadrant(once)).as("precondition").isNotEqualTo(before);
        assertThat(quadrant(late)).isEqualTo(ValueQuadrant.POTENTIAL);
        List<Long> byQuadrant = sorted(CustomerSort.Column.QUADRANT, true);
        assertThat(byQuadrant).containsExactlyInAnyOrder(frequent, lapsing, once, never, late);
        assertThat(byQuadrant.stream().map(this::quadrant).toList())
                .isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(byQuadrant.subList(3, 5)).as("both potential, by pinyin").containsExactly(never, late);
    }

    private ValueQuadrant quadrant(long customer) {
        return data.service.resultsFor(customer).orElseThrow().rules().quadrant();
    }

    @Test
    void statusesSortInTheProductsOrderAndFollowReclassificationAndManualChanges() {
        List<Long> ascending = sorted(CustomerSort.Column.STATUS, true);
        assertThat(ascending.getFirst()).as("the highest tier first").isEqualTo(frequent);
        assertThat(statusesOf(ascending)).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(sorted(CustomerSort.Column.STATUS, false)).containsExactlyElementsOf(ascending.reversed());

        data.service.override(late, CustomerStatus.SUPER, "key account");

        List<Long> after = sorted(CustomerSort.Column.STATUS, true);
        assertThat(statusesOf(after)).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(after.indexOf(late)).as("a manual super customer moves up from the unclassified end")
                .isLessThan(ascending.indexOf(late)).isLessThan(after.indexOf(lapsing));
        assertThat(Arrays.stream(book.findIds(CustomerFilter.ofStatus(CustomerStatus.SUPER),
                new CustomerSort(CustomerSort.Column.NAME, true))).boxed().toList()).contains(late);
    }

    private List<CustomerStatus> statusesOf(List<Long> ids) {
        return ids.stream().map(id -> CustomerStatus.valueOf(data.db.dsl().select(CUSTOMER.STATUS).from(CUSTOMER)
                .where(CUSTOMER.ID.eq(id)).fetchOne().value1())).toList();
    }

    @Test
    void aClassificationSortKeepsTheFilter() {
        assertThat(Arrays.stream(book.findIds(CustomerFilter.churnWarnings(),
                new CustomerSort(CustomerSort.Column.QUADRANT, true))).boxed().toList()).containsExactly(lapsing);
    }
}
