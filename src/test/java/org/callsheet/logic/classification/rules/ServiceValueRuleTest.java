package org.callsheet.logic.classification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.callsheet.logic.classification.rules.Orders.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceValueRuleTest {

    private static final ReportingWindow WINDOW = new ReportingWindow(LocalDate.parse("2025-12-31"), 12);
    private final ServiceValueRule rule = new ServiceValueRule(ClassificationSettings.ServiceCostSettings.DEFAULTS);

    private static ContactFacts contacts(int calls, int visits, String other) {
        List<LocalDate> callDates = java.util.Collections.nCopies(calls, LocalDate.parse("2025-05-05"));
        List<LocalDate> visitDates = java.util.Collections.nCopies(visits, LocalDate.parse("2025-05-06"));
        return new ContactFacts(callDates, visitDates, new BigDecimal(other), false, false, false);
    }

    @Test
    void valueIsGrossProfitMinusCostToServe() {
        // profit 400 − (4 calls × 5 + 1 visit × 100 + 30) = 250; calls before the window do not count
        ContactFacts facts = new ContactFacts(
                List.of(LocalDate.parse("2025-02-01"), LocalDate.parse("2025-03-01"), LocalDate.parse("2025-04-01"),
                        LocalDate.parse("2025-05-01"), LocalDate.parse("2024-06-01")),
                List.of(LocalDate.parse("2025-06-01")), new BigDecimal("30"), false, false, false);
        List<ServiceValue> values = rule.evaluate(List.of(new CustomerHistory(1, List.of(
                order("2025-03-01", "1000", "600"), order("2026-01-05", "999", "0")), facts)), WINDOW);
        assertThat(values.getFirst().grossProfit()).isEqualByComparingTo("400");
        assertThat(values.getFirst().serviceCost()).isEqualByComparingTo("150");
        assertThat(values.getFirst().value()).isEqualByComparingTo("250");
    }

    @Test
    void groups() {
        List<CustomerHistory> customers = List.of(
                new CustomerHistory(1, List.of(order("2025-03-01", "1000", "500")), contacts(0, 0, "0")),
                new CustomerHistory(2, List.of(order("2025-03-01", "100", "50")), contacts(0, 1, "0")),
                new CustomerHistory(3, List.of(order("2025-03-01", "100")), contacts(0, 0, "0")),
                new CustomerHistory(4, List.of(order("2025-02-01", "100", "50"), order("2025-10-01", "200", "100")),
                        contacts(0, 0, "0")),
                new CustomerHistory(5, List.of(order("2025-10-01", "100", "90")), contacts(0, 0, "0")),
                new CustomerHistory(6, List.of(order("2025-02-01", "100", "90")), contacts(0, 0, "0")));
        List<ServiceValue> v = rule.evaluate(customers, WINDOW);
        // positive values: 500, 150, 10, 10 → top 20% is ceil(0.8) = 1 customer
        assertThat(v).extracting(ServiceValue::group).containsExactly(ServiceValueGroup.MOST_VALUABLE,
                ServiceValueGroup.NEGATIVE, ServiceValueGroup.UNKNOWN, ServiceValueGroup.MOST_GROWABLE,
                ServiceValueGroup.MOST_GROWABLE, ServiceValueGroup.ORDINARY);
        assertThat(v.get(2).value()).isNull();
    }
}
