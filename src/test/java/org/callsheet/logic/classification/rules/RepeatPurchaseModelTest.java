package org.callsheet.logic.classification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatPurchaseModelTest {

    private static final BgNbdModel PUBLISHED = new BgNbdModel(new BgNbdParameters(0.243, 4.414, 0.793, 2.426));
    private static final GammaGammaModel SPEND = new GammaGammaModel(new GammaGammaParameters(6.25, 3.74, 15.44));

    @Test
    void undiscountedClvIsTwelveMonthsOfPurchasesTimesExpectedSpend() {
        ClassificationSettings.RepeatModelSettings flat =
                new ClassificationSettings.RepeatModelSettings(90, 12, 0.0, 0.7, 0.3, 20, 50_000);
        RepeatPurchaseModel model = new RepeatPurchaseModel(PUBLISHED, SPEND, flat);
        PurchaseSummary s = new PurchaseSummary(4, 20, 38, 30.0);
        RepeatPurchaseForecast f = model.forecast(s);
        double yearWeeks = 365.25 / 7;
        double expected = PUBLISHED.expectedPurchases(yearWeeks, 4, 20, 38) * SPEND.expectedSpend(4, 30.0);
        assertThat(f.lifetimeValue().doubleValue()).isCloseTo(expected, within(0.006));
        assertThat(f.expectedOrders()).isCloseTo(PUBLISHED.expectedPurchases(90 / 7.0, 4, 20, 38), within(1e-12));
        assertThat(f.probabilityAlive()).isEqualTo(PUBLISHED.probabilityAlive(4, 20, 38));
    }

    @Test
    void severalHorizonsAtOnceMatchOneAtATime() {
        double[] t = {4.3, 13, 52, 156};
        double[] out = new double[t.length];
        PUBLISHED.expectedPurchases(t, 7, 25.5, 38, out);
        for (int k = 0; k < t.length; k++) {
            assertThat(out[k]).isCloseTo(PUBLISHED.expectedPurchases(t[k], 7, 25.5, 38), within(1e-12));
        }
    }

    @Test
    void discountingLowersTheClv() {
        PurchaseSummary s = new PurchaseSummary(4, 20, 38, 30.0);
        RepeatPurchaseForecast flat = new RepeatPurchaseModel(PUBLISHED, SPEND,
                new ClassificationSettings.RepeatModelSettings(90, 12, 0.0, 0.7, 0.3, 20, 50_000)).forecast(s);
        RepeatPurchaseForecast discounted = new RepeatPurchaseModel(PUBLISHED, SPEND,
                ClassificationSettings.RepeatModelSettings.DEFAULTS).forecast(s);
        assertThat(discounted.lifetimeValue()).isLessThan(flat.lifetimeValue());
        // a year at 10% cannot discount by more than 1/1.1
        assertThat(discounted.lifetimeValue().doubleValue()).isGreaterThan(flat.lifetimeValue().doubleValue() / 1.1);
    }

    @Test
    void pAliveFallsWithTimeSinceTheLastPurchase() {
        assertThat(PUBLISHED.probabilityAlive(0, 0, 30)).isEqualTo(1.0);
        double recent = PUBLISHED.probabilityAlive(5, 30, 31);
        double old = PUBLISHED.probabilityAlive(5, 5, 31);
        assertThat(recent).isGreaterThan(0.8);
        assertThat(old).isLessThan(0.3);
        RepeatPurchaseModel model = new RepeatPurchaseModel(PUBLISHED, null,
                ClassificationSettings.RepeatModelSettings.DEFAULTS);
        assertThat(model.forecast(new PurchaseSummary(5, 30, 31, 10)).bucket()).isEqualTo(RepurchaseBucket.HIGH);
        assertThat(model.forecast(new PurchaseSummary(5, 5, 31, 10)).bucket()).isEqualTo(RepurchaseBucket.LOW);
        assertThat(model.forecast(new PurchaseSummary(5, 5, 31, 10)).lifetimeValue()).isNull();
    }

    @Test
    void expectedPurchasesStayFiniteForVeryFrequentBuyers() {
        // 400 purchases in 60 weeks, forecast far ahead: the direct series would overflow
        double e = PUBLISHED.expectedPurchases(520, 400, 59.9, 60);
        assertThat(e).isFinite().isGreaterThan(1000);
        assertThat(PUBLISHED.expectedPurchases(0, 3, 2, 5)).isZero();
    }

    @Test
    void tooFewRepeatCustomersGiveNoModel() {
        List<PurchaseSummary> few = List.of(new PurchaseSummary(1, 1, 2, 10), new PurchaseSummary(0, 0, 2, 0));
        assertThat(RepeatPurchaseModel.fit(few, ClassificationSettings.RepeatModelSettings.DEFAULTS)).isEmpty();
    }
}
