package org.callsheet.logic.classification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.callsheet.logic.classification.rules.Orders.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.callsheet.model.CustomerStatus;
import org.junit.jupiter.api.Test;

class ChurnRuleTest {

    private final ChurnRule rule = new ChurnRule(ClassificationSettings.ChurnSettings.DEFAULTS);

    /** Orders on 2025-01-01, +10 days, +30 days: gaps 10, 20, median 15, limit 30 days. */
    private static final List<OrderFact> EVEN_GAPS = List.of(order("2025-01-01", "10"), order("2025-01-11", "10"),
            order("2025-01-31", "10"));

    @Test
    void evenNumberOfGapsUsesTheMeanOfTheMiddleTwo() {
        assertThat(rule.warns(CustomerStatus.SMALL, EVEN_GAPS, LocalDate.parse("2025-03-02"))).isFalse(); // 30 days
        assertThat(rule.warns(CustomerStatus.SMALL, EVEN_GAPS, LocalDate.parse("2025-03-03"))).isTrue(); // 31 days
    }

    @Test
    void oddNumberOfGapsUsesTheMiddleOne() {
        // gaps 5, 40, 10 → sorted 5, 10, 40: median 10, limit 20 days
        List<OrderFact> orders = List.of(order("2025-01-01", "1"), order("2025-01-06", "1"),
                order("2025-02-15", "1"), order("2025-02-25", "1"));
        assertThat(rule.warns(CustomerStatus.BIG, orders, LocalDate.parse("2025-03-17"))).isFalse(); // 20 days
        assertThat(rule.warns(CustomerStatus.BIG, orders, LocalDate.parse("2025-03-18"))).isTrue();
    }

    @Test
    void halfDayMediansCompareExactly() {
        // gaps 3, 4: median 3.5, limit 7 days
        List<OrderFact> orders = List.of(order("2025-01-01", "1"), order("2025-01-04", "1"), order("2025-01-08", "1"));
        assertThat(rule.warns(CustomerStatus.SMALL, orders, LocalDate.parse("2025-01-15"))).isFalse();
        assertThat(rule.warns(CustomerStatus.SMALL, orders, LocalDate.parse("2025-01-16"))).isTrue();
    }

    @Test
    void sameDayOrdersCountAsOneDate() {
        List<OrderFact> orders = List.of(order("2025-01-01", "1"), order("2025-01-01", "2"), order("2025-01-11", "1"));
        assertThat(rule.warns(CustomerStatus.SMALL, orders, LocalDate.parse("2025-12-01"))).isFalse();
    }

    @Test
    void ordersAfterTheDateAreIgnored() {
        List<OrderFact> orders = List.of(order("2025-01-01", "10"), order("2025-01-11", "10"),
                order("2025-01-31", "10"), order("2025-03-01", "10"));
        assertThat(rule.warns(CustomerStatus.SMALL, orders, LocalDate.parse("2025-02-28"))).isFalse();
        assertThat(rule.warns(CustomerStatus.SMALL, orders.subList(0, 3), LocalDate.parse("2025-03-10"))).isTrue();
        // as of 2025-03-10 the 4th order counts: gaps 10, 20, 29 → median 20, 9 days since
        assertThat(rule.warns(CustomerStatus.SMALL, orders, LocalDate.parse("2025-03-10"))).isFalse();
    }

    @Test
    void onlyCurrentCustomersAreWarned() {
        LocalDate late = LocalDate.parse("2025-06-01");
        assertThat(rule.warns(CustomerStatus.INACTIVE, EVEN_GAPS, late)).isFalse();
        assertThat(rule.warns(CustomerStatus.OTHER, EVEN_GAPS, late)).isFalse();
        assertThat(rule.warns(CustomerStatus.MEDIUM, EVEN_GAPS, late)).isTrue();
    }

    @Test
    void nonWholeFactorsAreSupported() {
        ChurnRule slow = new ChurnRule(new ClassificationSettings.ChurnSettings(3, new BigDecimal("1.3")));
        // median 15 → limit 19.5 days
        assertThat(slow.warns(CustomerStatus.SMALL, EVEN_GAPS, LocalDate.parse("2025-02-19"))).isFalse(); // 19
        assertThat(slow.warns(CustomerStatus.SMALL, EVEN_GAPS, LocalDate.parse("2025-02-20"))).isTrue(); // 20
    }

    @Test
    void twoOrderDatesAreNotEnough() {
        assertThat(rule.warns(CustomerStatus.SMALL, EVEN_GAPS.subList(0, 2), LocalDate.parse("2026-01-01"))).isFalse();
    }
}
