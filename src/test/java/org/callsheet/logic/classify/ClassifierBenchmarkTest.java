package org.callsheet.logic.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A million customers with five million orders, classified in one call. Excluded from the normal
 * build; run with {@code -Dgroups=benchmark -Dtest=ClassifierBenchmarkTest}.
 */
@Tag("benchmark")
class ClassifierBenchmarkTest {

    private static final int CUSTOMERS = 1_000_000;
    private static final LocalDate D = LocalDate.parse("2025-06-30");

    @Test
    void millionCustomersInOnePass() {
        SplittableRandom random = new SplittableRandom(42);
        LocalDate[] days = new LocalDate[1100];
        for (int i = 0; i < days.length; i++) {
            days[i] = D.minusDays(i);
        }
        BigDecimal[] amounts = new BigDecimal[5000];
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = BigDecimal.valueOf(i + 1, 0).add(new BigDecimal("0.50"));
        }
        List<CustomerHistory> customers = new ArrayList<>(CUSTOMERS);
        long orders = 0;
        for (int c = 0; c < CUSTOMERS; c++) {
            int n = random.nextInt(10); // mean 4.5 orders → about 4.5 million
            int start = random.nextInt(days.length);
            List<OrderFact> list = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                int day = Math.max(0, start - random.nextInt(start + 1));
                list.add(OrderFact.of(days[day], amounts[(int) Math.min(amounts.length - 1,
                        Math.abs(random.nextGaussian()) * 300 + random.nextInt(20))]));
            }
            orders += n;
            customers.add(CustomerHistory.of(c, list));
        }
        long t0 = System.nanoTime();
        PopulationClassification result = new Classifier(ClassificationSettings.DEFAULTS).classify(customers, D);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(orders).isGreaterThan(4_000_000);
        assertThat(result.customers()).hasSize(CUSTOMERS);
        assertThat(result.model()).isPresent();
        assertThat(millis).isLessThan(60_000);
    }
}
