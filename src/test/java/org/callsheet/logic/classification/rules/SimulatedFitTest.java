package org.callsheet.logic.classification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fits on histories drawn from known parameters give those parameters back. */
class SimulatedFitTest {

    @Test
    void facadeRecoversTheParametersItWasGivenData() {
        LocalDate asOf = LocalDate.parse("2025-06-30");
        BgNbdParameters truth = new BgNbdParameters(0.6, 4.0, 0.8, 4.0);
        GammaGammaParameters spendTruth = new GammaGammaParameters(6, 4, 15);
        List<CustomerHistory> customers = new SimulatedBuyers(11).draw(10_000, truth, spendTruth, asOf, 104);
        RepeatPurchaseModel model = new Classifier(ClassificationSettings.DEFAULTS).classify(customers, asOf)
                .model().orElseThrow();
        BgNbdParameters p = model.purchaseModel().parameters();
        assertThat(p.r()).isCloseTo(truth.r(), withPercentage(10));
        assertThat(p.alpha()).isCloseTo(truth.alpha(), withPercentage(15));
        assertThat(p.a()).isCloseTo(truth.a(), withPercentage(25));
        assertThat(p.b()).isCloseTo(truth.b(), withPercentage(35));
        GammaGammaModel spend = model.spendModel().orElseThrow();
        // the population mean amount p·γ/(q−1) is what the spend model is used for
        assertThat(spend.expectedSpend(0, 0)).isCloseTo(6 * 15 / 3.0, withPercentage(5));
    }

    @Test
    void deferredForecastsGiveTheSameResultsAsOneCall() {
        LocalDate asOf = LocalDate.parse("2025-06-30");
        List<CustomerHistory> customers = new SimulatedBuyers(5).draw(3_000,
                new BgNbdParameters(0.6, 4.0, 0.8, 4.0), new GammaGammaParameters(6, 4, 15), asOf, 104);
        Classifier classifier = new Classifier(ClassificationSettings.DEFAULTS);

        Classifier.Pending pending = classifier.classifyDeferringForecasts(customers, asOf);
        Classifier.Forecasts forecasts = pending.forecasts();
        PopulationClassification rules = pending.rules();

        assertThat(rules.model()).isEmpty();
        assertThat(rules.customers()).allMatch(c -> c.probabilityAlive() == null && c.clv12m() == null);
        PopulationClassification whole = classifier.classify(customers, asOf);
        PopulationClassification completed = forecasts.addTo(rules);
        assertThat(completed.customers()).isEqualTo(whole.customers());
        assertThat(completed.model().orElseThrow().purchaseModel().parameters())
                .isEqualTo(whole.model().orElseThrow().purchaseModel().parameters());
        assertThat(completed.customers()).anyMatch(c -> c.probabilityAlive() != null);
    }
}
