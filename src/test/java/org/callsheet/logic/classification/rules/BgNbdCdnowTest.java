package org.callsheet.logic.classification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reproduces the published BG/NBD results on the CDNOW cohort (Fader, Hardie &amp; Lee 2005). */
class BgNbdCdnowTest {

    private static List<CdnowData.Row> rows;
    private static BgNbdModel.Fit fit;
    private static long fitMillis;

    @BeforeAll
    static void fitOnce() {
        rows = CdnowData.summary();
        RepeatPurchaseData data = RepeatPurchaseData.of(rows.stream()
                .map(r -> new PurchaseSummary(r.x(), r.tx(), r.age(), r.zbar())).toList());
        long start = System.nanoTime();
        fit = BgNbdModel.fit(data);
        fitMillis = (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void summaryFileHasTheWholeCohort() {
        assertThat(rows).hasSize(2357);
    }

    @Test
    void parametersMatchThePaper() {
        BgNbdParameters p = fit.model().parameters();
        assertThat(p.r()).isCloseTo(0.243, withPercentage(1));
        assertThat(p.alpha()).isCloseTo(4.414, withPercentage(1));
        assertThat(p.a()).isCloseTo(0.793, withPercentage(1));
        assertThat(p.b()).isCloseTo(2.426, withPercentage(1));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.5));
    }

    @Test
    void fitIsFast() {
        assertThat(fitMillis).isLessThan(1500);
    }

    @Test
    void customer1516Forecast() {
        CdnowData.Row c = rows.stream().filter(r -> r.id() == 1516).findFirst().orElseThrow();
        BgNbdModel model = fit.model();
        assertThat(model.expectedPurchases(52, c.x(), c.tx(), c.age())).isCloseTo(25.757, withPercentage(1));
        assertThat(model.probabilityAlive(c.x(), c.tx(), c.age())).isCloseTo(0.9689, withPercentage(1));
    }

    @Test
    void newCustomerForecast() {
        assertThat(fit.model().expectedPurchasesNewCustomer(52)).isCloseTo(1.444, withPercentage(1));
    }

    @Test
    void publishedParametersGiveThePublishedForecastsExactly() {
        BgNbdModel model = new BgNbdModel(new BgNbdParameters(0.243, 4.414, 0.793, 2.426));
        assertThat(model.expectedPurchases(52, 26, 30.86, 31.0)).isCloseTo(25.757, within(0.05));
        assertThat(model.expectedPurchasesNewCustomer(52)).isCloseTo(1.444, within(0.005));
    }

    @Test
    void gammaGammaOnRepeatCustomers() {
        int[] x = rows.stream().mapToInt(CdnowData.Row::x).toArray();
        double[] zbar = rows.stream().mapToDouble(CdnowData.Row::zbar).toArray();
        assertThat(rows.stream().filter(r -> r.x() > 0).count()).isEqualTo(946);
        GammaGammaParameters p = GammaGammaModel.fit(x, zbar).model().parameters();
        assertThat(p.p()).isCloseTo(6.25, withPercentage(1));
        assertThat(p.q()).isCloseTo(3.74, withPercentage(1));
        assertThat(p.gamma()).isCloseTo(15.44, withPercentage(1));
    }
}
