package org.callsheet.logic.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.callsheet.logic.classification.ThresholdValues.Problem;
import org.callsheet.logic.classification.rules.ClassificationSettings;
import org.junit.jupiter.api.Test;

class ThresholdValuesTest {

    private static ThresholdValues with(ClassificationThreshold t, String value) {
        return ThresholdValues.of(ClassificationSettings.DEFAULTS, Map.of(t, new BigDecimal(value)));
    }

    @Test
    void theDefaultsAreTheDocumentedNumbersAndComeBackUnchanged() {
        ThresholdValues defaults = ThresholdValues.of(ClassificationSettings.DEFAULTS);
        assertThat(defaults.get(ClassificationThreshold.PYRAMID_SUPER)).isEqualByComparingTo("0.01");
        assertThat(defaults.get(ClassificationThreshold.PYRAMID_BIG)).isEqualByComparingTo("0.04");
        assertThat(defaults.get(ClassificationThreshold.PYRAMID_MEDIUM)).isEqualByComparingTo("0.15");
        assertThat(defaults.get(ClassificationThreshold.CHURN_MIN_ORDER_DATES)).isEqualByComparingTo("3");
        assertThat(defaults.get(ClassificationThreshold.CHURN_GAP_FACTOR)).isEqualByComparingTo("2");
        assertThat(defaults.get(ClassificationThreshold.MODEL_HIGH_ALIVE)).isEqualByComparingTo("0.7");
        assertThat(defaults.problems()).isEmpty();
        assertThat(defaults.toSettings()).isEqualTo(ClassificationSettings.DEFAULTS);
    }

    @Test
    void aChangedValueReachesTheSettings() {
        ClassificationSettings settings = ThresholdValues.of(ClassificationSettings.DEFAULTS, Map.of(
                ClassificationThreshold.WINDOW_MONTHS, new BigDecimal("6"),
                ClassificationThreshold.PYRAMID_SUPER, new BigDecimal("0.02"),
                ClassificationThreshold.COST_PER_VISIT, new BigDecimal("80.50"),
                ClassificationThreshold.MODEL_LOW_ALIVE, new BigDecimal("0.25"))).toSettings();

        assertThat(settings.windowMonths()).isEqualTo(6);
        assertThat(settings.pyramid().superShare()).isEqualByComparingTo("0.02");
        assertThat(settings.serviceCost().costPerVisit()).isEqualByComparingTo("80.50");
        assertThat(settings.repeatModel().lowAliveBelow()).isEqualTo(0.25);
        assertThat(settings.churn()).isEqualTo(ClassificationSettings.DEFAULTS.churn());
    }

    @Test
    void valuesOutOfRangeOrNotWholeAreNamed() {
        assertThat(with(ClassificationThreshold.WINDOW_MONTHS, "0").problems())
                .containsExactly(Map.entry(ClassificationThreshold.WINDOW_MONTHS, Problem.OUT_OF_RANGE));
        assertThat(with(ClassificationThreshold.WINDOW_MONTHS, "6.5").problems())
                .containsEntry(ClassificationThreshold.WINDOW_MONTHS, Problem.OUT_OF_RANGE);
        assertThat(with(ClassificationThreshold.WINDOW_MONTHS, "6.0").problems()).isEmpty();
        assertThat(with(ClassificationThreshold.CHURN_MIN_ORDER_DATES, "1").problems())
                .containsEntry(ClassificationThreshold.CHURN_MIN_ORDER_DATES, Problem.OUT_OF_RANGE);
        assertThat(with(ClassificationThreshold.COST_PER_CALL, "-1").problems())
                .containsEntry(ClassificationThreshold.COST_PER_CALL, Problem.OUT_OF_RANGE);
        assertThat(with(ClassificationThreshold.PYRAMID_SUPER, "1.01").problems())
                .containsEntry(ClassificationThreshold.PYRAMID_SUPER, Problem.OUT_OF_RANGE);
    }

    @Test
    void valuesThatDoNotFitTogetherAreNamedOnTheFieldToFix() {
        assertThat(ThresholdValues.of(ClassificationSettings.DEFAULTS, Map.of(
                ClassificationThreshold.PYRAMID_SUPER, new BigDecimal("0.5"),
                ClassificationThreshold.PYRAMID_BIG, new BigDecimal("0.4"),
                ClassificationThreshold.PYRAMID_MEDIUM, new BigDecimal("0.11"))).problems())
                .containsExactly(Map.entry(ClassificationThreshold.PYRAMID_MEDIUM, Problem.PYRAMID_OVER_100));
        assertThat(ThresholdValues.of(ClassificationSettings.DEFAULTS, Map.of(
                ClassificationThreshold.PYRAMID_SUPER, new BigDecimal("0.5"),
                ClassificationThreshold.PYRAMID_BIG, new BigDecimal("0.4"),
                ClassificationThreshold.PYRAMID_MEDIUM, new BigDecimal("0.1"))).problems()).isEmpty();
        assertThat(with(ClassificationThreshold.FACE_WHITE_MAX_MARGIN, "0.30").problems())
                .containsExactly(Map.entry(ClassificationThreshold.FACE_WHITE_MAX_MARGIN, Problem.WHITE_NOT_BELOW_RED));
        assertThat(with(ClassificationThreshold.RELATIONSHIP_FEW_UP_TO, "100").problems())
                .containsExactly(Map.entry(ClassificationThreshold.RELATIONSHIP_FEW_UP_TO, Problem.FEW_NOT_BELOW_MANY));
        assertThat(with(ClassificationThreshold.RELATIONSHIP_MEDIUM_MARGIN, "0.31").problems())
                .containsExactly(Map.entry(ClassificationThreshold.RELATIONSHIP_MEDIUM_MARGIN,
                        Problem.MARGINS_OUT_OF_ORDER));
        assertThat(with(ClassificationThreshold.RELATIONSHIP_MEDIUM_MARGIN, "0.30").problems()).isEmpty();
        assertThat(with(ClassificationThreshold.MODEL_LOW_ALIVE, "0.71").problems())
                .containsExactly(Map.entry(ClassificationThreshold.MODEL_LOW_ALIVE, Problem.ALIVE_OUT_OF_ORDER));
        assertThatThrownBy(() -> with(ClassificationThreshold.MODEL_LOW_ALIVE, "0.71").toSettings())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyThresholdHasItsOwnStorageKey() {
        assertThat(ClassificationThreshold.PYRAMID_SUPER.storageKey()).isEqualTo("classify.pyramid.super");
        assertThat(java.util.Arrays.stream(ClassificationThreshold.values()).map(ClassificationThreshold::storageKey)
                .distinct().count()).isEqualTo(ClassificationThreshold.values().length);
    }
}
