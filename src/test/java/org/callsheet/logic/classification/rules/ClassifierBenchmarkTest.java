package org.callsheet.logic.classification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A million customers with about five million orders, classified in one call. Excluded from
 * the normal build; run with {@code -Dgroups=benchmark -Dsurefire.excludedGroups=none
 * -Dtest=ClassifierBenchmarkTest}.
 */
@Tag("benchmark")
class ClassifierBenchmarkTest {

    private static final int CUSTOMERS = 1_000_000;
    private static final LocalDate D = LocalDate.parse("2025-06-30");

    @Test
    void millionCustomersInOnePass() {
        BgNbdParameters truth = new BgNbdParameters(0.6, 4.0, 0.8, 4.0);
        List<CustomerHistory> customers = new SimulatedBuyers(7)
                .draw(CUSTOMERS, truth, new GammaGammaParameters(6, 4, 15), D, 156);
        long orders = customers.stream().mapToLong(c -> c.orders().size()).sum();
        long t0 = System.nanoTime();
        PopulationClassification result = new Classifier(ClassificationSettings.DEFAULTS).classify(customers, D);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(orders).isGreaterThan(4_000_000);
        assertThat(result.customers()).hasSize(CUSTOMERS);
        assertThat(result.model().orElseThrow().purchaseModel().parameters().r()).isCloseTo(0.6, withPercentage(10));
        assertThat(millis).isLessThan(30_000);
    }
}
