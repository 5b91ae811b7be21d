package org.callsheet.logic.classification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.callsheet.logic.classification.rules.Orders.customer;
import static org.callsheet.logic.classification.rules.Orders.order;
import static org.callsheet.logic.classification.rules.Orders.strongNeed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callsheet.model.CustomerStatus;
import org.junit.jupiter.api.Test;

class AlertsTest {

    private static final LocalDate D = LocalDate.parse("2025-06-30");

    @Test
    void keyCustomerTurningInactiveIsAnAlert() {
        Map<Long, CustomerStatus> before = Map.of(1L, CustomerStatus.SUPER, 2L, CustomerStatus.BIG,
                3L, CustomerStatus.MEDIUM, 4L, CustomerStatus.SUPER);
        Map<Long, CustomerStatus> now = new LinkedHashMap<>();
        now.put(1L, CustomerStatus.INACTIVE);
        now.put(2L, CustomerStatus.SMALL);
        now.put(3L, CustomerStatus.INACTIVE);
        now.put(4L, CustomerStatus.OTHER);
        now.put(5L, CustomerStatus.INACTIVE);
        assertThat(KeyCustomerAlerts.turnedInactive(before, now)).containsExactly(1L);
    }

    @Test
    void keyCustomerAlertFromTwoClassifications() {
        Classifier classifier = new Classifier(ClassificationSettings.DEFAULTS);
        List<CustomerHistory> customers = List.of(customer(1, order("2024-03-01", "900")),
                customer(2, order("2024-03-01", "5"), order("2025-03-01", "5")),
                customer(3, order("2024-03-01", "1")));
        List<Long> alerts = KeyCustomerAlerts.turnedInactive(classifier.classify(customers, LocalDate.parse("2024-06-30")),
                classifier.classify(customers, D));
        // as of 2024-06-30 customer 1 is super (N = 3); a year later it has no order in the window
        assertThat(alerts).containsExactly(1L);
    }

    private static OrderFact receivable(String date, String amount, String paid, String due) {
        return new OrderFact(LocalDate.parse(date), new BigDecimal(amount), null,
                paid == null ? null : new BigDecimal(paid), due == null ? null : LocalDate.parse(due));
    }

    @Test
    void creditRiskSumsUnpaidAmountsPastTheirDueDate() {
        List<CreditRisk> risks = CreditRiskRule.assess(List.of(
                CustomerHistory.of(1, List.of(
                        receivable("2025-04-01", "1000", "400", "2025-05-01"), // 600 unpaid, 60 days
                        receivable("2025-05-01", "500", "0", "2025-06-20"), // 500 unpaid, 10 days
                        receivable("2025-06-01", "300", "0", "2025-06-30"), // due today: not overdue
                        receivable("2025-03-01", "200", "200", "2025-04-01"), // paid
                        receivable("2025-03-01", "900", null, "2025-04-01"), // paid unknown
                        receivable("2025-07-01", "800", "0", "2025-06-01"))), // after D
                CustomerHistory.of(2, List.of(receivable("2025-01-01", "5000", "0", "2025-02-01"))),
                CustomerHistory.of(3, List.of(receivable("2025-01-01", "5000", "0", null)))), D);
        assertThat(risks).extracting(CreditRisk::customerId).containsExactly(2L, 1L);
        CreditRisk first = risks.get(1);
        assertThat(first.overdueAmount()).isEqualByComparingTo("1100");
        assertThat(first.overdueOrders()).isEqualTo(2);
        assertThat(first.maxDaysOverdue()).isEqualTo(60);
        assertThat(risks.getFirst().maxDaysOverdue()).isEqualTo(149);
    }

    @Test
    void potentialBigCustomersHaveStrongNeedAndNoDealInTheWindow() {
        List<PotentialBigCustomer> list = PotentialBigCustomers.find(List.of(
                customer(1, strongNeed("2025-06-01")),
                customer(2, strongNeed("2025-06-20"), order("2024-01-05", "100")),
                customer(3, strongNeed("2025-06-25"), order("2025-03-01", "100")),
                customer(4, strongNeed(null), order("2025-03-01", "-50")),
                customer(5, order("2023-01-01", "100")),
                customer(6, strongNeed("2025-07-05"))), new ReportingWindow(D, 12));
        assertThat(list).extracting(PotentialBigCustomer::customerId).containsExactly(2L, 1L, 4L, 6L);
        assertThat(list.getFirst().lastOrder()).isEqualTo(LocalDate.parse("2024-01-05"));
        // customer 6 was called only after D: as of D it has no contact
        assertThat(list.get(3).lastContact()).isNull();
    }

    @Test
    void repurchaseBuckets() {
        ClassificationSettings.RepeatModelSettings s = ClassificationSettings.RepeatModelSettings.DEFAULTS;
        assertThat(RepurchaseBucket.of(0.71, s)).isEqualTo(RepurchaseBucket.HIGH);
        assertThat(RepurchaseBucket.of(0.70, s)).isEqualTo(RepurchaseBucket.MEDIUM);
        assertThat(RepurchaseBucket.of(0.30, s)).isEqualTo(RepurchaseBucket.MEDIUM);
        assertThat(RepurchaseBucket.of(0.29, s)).isEqualTo(RepurchaseBucket.LOW);
    }
}
