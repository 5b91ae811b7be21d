package org.callsheet.logic.classification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.callsheet.logic.classification.rules.Orders.blackFace;
import static org.callsheet.logic.classification.rules.Orders.calledOn;
import static org.callsheet.logic.classification.rules.Orders.customer;
import static org.callsheet.logic.classification.rules.Orders.noNeed;
import static org.callsheet.logic.classification.rules.Orders.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.callsheet.model.CustomerStatus;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    private static final LocalDate D = LocalDate.parse("2025-06-30");
    private final Classifier classifier = new Classifier(ClassificationSettings.DEFAULTS);

    private Map<Long, CustomerClassification> classify(List<CustomerHistory> customers, LocalDate asOf) {
        return classifier.classify(customers, asOf).byCustomer();
    }

    @Test
    void statusesOfEveryKind() {
        Map<Long, CustomerClassification> r = classify(List.of(
                customer(1, order("2025-01-10", "100")),
                customer(2, order("2023-03-01", "100")),
                customer(3, calledOn("2025-06-01")),
                customer(4, calledOn("2025-07-01")),
                customer(5),
                customer(6, noNeed(), order("2025-05-01", "1000")),
                customer(7, noNeed()),
                customer(8, order("2025-02-01", "100"), order("2025-03-01", "-100")),
                customer(9, order("2025-07-01", "100"))), D);
        assertThat(r.get(1L).status()).isEqualTo(CustomerStatus.SUPER);
        assertThat(r.get(2L).status()).isEqualTo(CustomerStatus.INACTIVE);
        assertThat(r.get(3L).status()).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(r.get(4L).status()).as("call after D").isEqualTo(CustomerStatus.SUSPECT);
        assertThat(r.get(5L).status()).isEqualTo(CustomerStatus.SUSPECT);
        assertThat(r.get(6L).status()).as("no need wins").isEqualTo(CustomerStatus.OTHER);
        assertThat(r.get(7L).status()).isEqualTo(CustomerStatus.OTHER);
        assertThat(r.get(8L).status()).as("returns cancel revenue").isEqualTo(CustomerStatus.INACTIVE);
        assertThat(r.get(9L).status()).as("order after D ignored").isEqualTo(CustomerStatus.SUSPECT);
        assertThat(r.get(9L).quadrant()).isEqualTo(ValueQuadrant.POTENTIAL);
        assertThat(r.get(9L).revenue12m()).isZero();
    }

    @Test
    void windowExcludesItsStartDayAndIncludesD() {
        Map<Long, CustomerClassification> r = classify(List.of(
                customer(1, order("2024-06-30", "500"), order("2024-07-01", "40")),
                customer(2, order("2025-06-30", "60"))), D);
        assertThat(r.get(1L).revenue12m()).isEqualByComparingTo("40");
        assertThat(r.get(1L).orders12m()).isEqualTo(1);
        assertThat(r.get(1L).recencyDays()).isEqualTo(364);
        assertThat(r.get(2L).recencyDays()).isZero();
        assertThat(r.get(2L).status()).isEqualTo(CustomerStatus.SUPER);
        assertThat(r.get(1L).status()).isEqualTo(CustomerStatus.SMALL);
    }

    @Test
    void returnsCountInRevenueAndFrequency() {
        CustomerClassification c = classify(List.of(customer(1, order("2025-01-10", "300"),
                order("2025-02-10", "-100"), order("2025-03-10", "100"))), D).get(1L);
        assertThat(c.revenue12m()).isEqualByComparingTo("300");
        assertThat(c.orders12m()).isEqualTo(3);
        assertThat(c.averageOrder()).isEqualByComparingTo("100.00");
    }

    @Test
    void rfmQuadrantAndChurnFieldsForAPopulation() {
        List<CustomerHistory> customers = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            List<OrderFact> orders = new ArrayList<>();
            for (int k = 0; k < i; k++) {
                orders.add(order(D.minusDays(10L * i + 15L * k).toString(), String.valueOf(100 * i)));
            }
            customers.add(CustomerHistory.of(i, orders));
        }
        Map<Long, CustomerClassification> r = classify(customers, D);
        CustomerClassification best = r.get(10L);
        CustomerClassification worst = r.get(1L);
        assertThat(best.status()).isEqualTo(CustomerStatus.SUPER);
        assertThat(best.frequencyScore()).isEqualTo(5);
        assertThat(best.monetaryScore()).isEqualTo(5);
        assertThat(best.recencyScore()).isEqualTo(1); // last order 100 days ago, the oldest
        assertThat(best.segment()).isEqualTo(RfmSegment.IMPORTANT_KEEP);
        assertThat(worst.segment()).isEqualTo(RfmSegment.GENERAL_DEVELOP);
        assertThat(best.quadrant()).isEqualTo(ValueQuadrant.HIGH_VALUE);
        assertThat(worst.quadrant()).isEqualTo(ValueQuadrant.LOW_VALUE);
        // customer 10: gaps of 15 days, last order 100 days ago → churn warning
        assertThat(best.churnWarning()).isTrue();
        // customer 3: gaps 15, last order 30 days ago: not above 30
        assertThat(r.get(3L).churnWarning()).isFalse();
        assertThat(r.get(4L).churnWarning()).isTrue(); // 40 > 30
        assertThat(worst.churnWarning()).isFalse();
        // ten customers: too few repeat buyers to fit a model
        assertThat(best.probabilityAlive()).isNull();
        assertThat(best.clv12m()).isNull();
    }

    @Test
    void facesInTheFacade() {
        List<CustomerHistory> customers = new ArrayList<>();
        customers.add(customer(1, order("2025-03-01", "10000", "9500")));
        customers.add(customer(2, order("2025-03-01", "9000")));
        customers.add(customer(3, blackFace(), order("2025-03-01", "5")));
        for (int i = 4; i <= 40; i++) {
            customers.add(customer(i, order("2025-03-01", "10", "1")));
        }
        Map<Long, CustomerClassification> r = classify(customers, D);
        // N = 40: c1 = 1, c2 = 2
        assertThat(r.get(1L).face()).isEqualTo(Face.WHITE);
        assertThat(r.get(2L).face()).isEqualTo(Face.UNKNOWN);
        assertThat(r.get(3L).face()).isEqualTo(Face.BLACK);
        assertThat(r.get(4L).face()).isEqualTo(Face.NONE);
    }

    @Test
    void ordersAfterDChangeNothing() {
        List<CustomerHistory> before = List.of(customer(1, order("2025-01-01", "10"), order("2025-02-01", "20")),
                customer(2, order("2024-12-01", "50")));
        List<CustomerHistory> withLater = List.of(
                customer(1, order("2025-01-01", "10"), order("2025-02-01", "20"), order("2025-08-01", "900")),
                customer(2, order("2024-12-01", "50"), order("2025-07-01", "-50")));
        assertThat(classifier.classify(withLater, D).customers())
                .isEqualTo(classifier.classify(before, D).customers());
    }

    @Test
    void resultsKeepInputOrderAndCountStatuses() {
        PopulationClassification p = classifier.classify(List.of(customer(7), customer(3, order("2025-01-01", "1"))), D);
        assertThat(p.customers()).extracting(CustomerClassification::customerId).containsExactly(7L, 3L);
        assertThat(p.statusCounts()).containsEntry(CustomerStatus.SUSPECT, 1).containsEntry(CustomerStatus.SUPER, 1);
        assertThat(p.customers().get(0).scored()).isFalse();
        assertThat(p.customers().get(0).recencyDays()).isNull();
        assertThat(p.customers().get(0).recencyScore()).isZero();
    }
}
