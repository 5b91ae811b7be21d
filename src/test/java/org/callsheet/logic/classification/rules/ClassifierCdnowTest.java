package org.callsheet.logic.classification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facade on the real CDNOW order lines, as of the end of the published calibration period. */
class ClassifierCdnowTest {

    private static final LocalDate CALIBRATION_END = LocalDate.parse("1997-09-30");
    private static List<CustomerHistory> customers;
    private static PopulationClassification result;

    @BeforeAll
    static void classifyOnce() {
        Map<Integer, List<OrderFact>> bySample = new TreeMap<>();
        for (String[] f : CdnowData.purchases()) {
            bySample.computeIfAbsent(Integer.parseInt(f[1]), k -> new ArrayList<>())
                    .add(OrderFact.of(LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE), new BigDecimal(f[4])));
        }
        customers = new ArrayList<>();
        bySample.forEach((id, orders) -> customers.add(CustomerHistory.of(id, orders)));
        result = new Classifier(ClassificationSettings.DEFAULTS).classify(customers, CALIBRATION_END);
    }

    @Test
    void fitsThePublishedModelFromDatedOrders() {
        RepeatPurchaseModel model = result.model().orElseThrow();
        BgNbdParameters p = model.purchaseModel().parameters();
        assertThat(p.r()).isCloseTo(0.243, withPercentage(1));
        assertThat(p.alpha()).isCloseTo(4.414, withPercentage(1));
        assertThat(p.a()).isCloseTo(0.793, withPercentage(1));
        assertThat(p.b()).isCloseTo(2.426, withPercentage(1));
        GammaGammaParameters g = model.spendModel().orElseThrow().parameters();
        assertThat(g.p()).isCloseTo(6.25, withPercentage(1));
        assertThat(g.q()).isCloseTo(3.74, withPercentage(1));
        assertThat(g.gamma()).isCloseTo(15.44, withPercentage(1));
    }

    @Test
    void customer1516MatchesThePaper() {
        CustomerClassification c = result.byCustomer().get(1516L);
        assertThat(c.probabilityAlive()).isCloseTo(0.9689, withPercentage(1));
        assertThat(c.repurchase()).isEqualTo(RepurchaseBucket.HIGH);
        BgNbdModel model = result.model().orElseThrow().purchaseModel();
        assertThat(model.expectedPurchases(52, 26, 30.857, 31)).isCloseTo(25.757, withPercentage(1));
        assertThat(c.expectedOrders90d()).isCloseTo(model.expectedPurchases(90 / 7.0, 26, 30.857142857, 31),
                within(1e-9));
        assertThat(c.clv12m()).isPositive();
    }

    @Test
    void aPrefittedModelClassifiesASingleCustomerTheSameWay() {
        CustomerHistory one = customers.stream().filter(c -> c.customerId() == 1516L).findFirst().orElseThrow();
        PopulationClassification alone = new Classifier(ClassificationSettings.DEFAULTS)
                .classify(List.of(one), CALIBRATION_END, result.model().orElseThrow());
        CustomerClassification inPopulation = result.byCustomer().get(1516L);
        CustomerClassification single = alone.customers().getFirst();
        assertThat(single.probabilityAlive()).isEqualTo(inPopulation.probabilityAlive());
        assertThat(single.expectedOrders90d()).isEqualTo(inPopulation.expectedOrders90d());
        assertThat(single.clv12m()).isEqualTo(inPopulation.clv12m());
        // population-relative fields are not: alone, the customer is the whole pyramid
        assertThat(single.status()).isEqualTo(org.callsheet.model.CustomerStatus.SUPER);
    }

    @Test
    void everyCustomerBoughtSoEveryoneHasAForecastAndOnlyFreeOrdersAreNotCurrent() {
        assertThat(result.customers()).hasSize(2357)
                .allSatisfy(c -> assertThat(c.probabilityAlive()).isBetween(0.0, 1.0));
        // all first bought in Q1 1997, inside the window; a few only ever had $0 orders
        long zeroOnly = customers.stream().filter(c -> c.orders().stream()
                .filter(o -> !o.date().isAfter(CALIBRATION_END))
                .allMatch(o -> o.amount().signum() == 0)).count();
        assertThat(zeroOnly).isPositive();
        long current = result.customers().stream().filter(c -> c.status().isCurrent()).count();
        assertThat(current).isEqualTo(2357 - zeroOnly);
        assertThat(result.statusCounts().get(org.callsheet.model.CustomerStatus.SUPER)).isBetween(24, 40);
    }
}
