package org.callsheet.logic.classification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.callsheet.logic.classification.rules.Orders.order;

import java.util.List;
import org.callsheet.model.CustomerStatus;
import org.junit.jupiter.api.Test;

class FaceRuleTest {

    private final FaceRule rule = new FaceRule(ClassificationSettings.FaceSettings.DEFAULTS);

    @Test
    void blackFlagWinsEvenWithoutCostOrKeyStatus() {
        assertThat(rule.face(true, CustomerStatus.SMALL, List.of(order("2025-01-01", "10")))).isEqualTo(Face.BLACK);
        assertThat(rule.face(true, CustomerStatus.SUPER, List.of())).isEqualTo(Face.BLACK);
    }

    @Test
    void onlyKeyCustomersGetAFace() {
        List<OrderFact> orders = List.of(order("2025-01-01", "100", "95"));
        assertThat(rule.face(false, CustomerStatus.MEDIUM, orders)).isEqualTo(Face.NONE);
        assertThat(rule.face(false, CustomerStatus.INACTIVE, orders)).isEqualTo(Face.NONE);
        assertThat(rule.face(false, CustomerStatus.BIG, orders)).isEqualTo(Face.WHITE);
    }

    @Test
    void missingCostMeansUnknownNeverAGuess() {
        List<OrderFact> orders = List.of(order("2025-01-01", "100", "10"), order("2025-02-01", "100"));
        assertThat(rule.face(false, CustomerStatus.SUPER, orders)).isEqualTo(Face.UNKNOWN);
    }

    @Test
    void highMarginAndIrregularBuyingIsRed() {
        // gaps 10 and 100 days: mean 55, sd 45, variation 0.82 ≥ 0.5; margin 40%
        List<OrderFact> orders = List.of(order("2025-01-01", "100", "60"), order("2025-01-11", "100", "60"),
                order("2025-04-21", "100", "60"));
        assertThat(rule.face(false, CustomerStatus.BIG, orders)).isEqualTo(Face.RED);
    }

    @Test
    void highMarginWithRegularBuyingIsNoFace() {
        // gaps 30, 31, 30: nearly constant
        List<OrderFact> orders = List.of(order("2025-01-01", "100", "50"), order("2025-01-31", "100", "50"),
                order("2025-03-03", "100", "50"), order("2025-04-02", "100", "50"));
        assertThat(rule.face(false, CustomerStatus.SUPER, orders)).isEqualTo(Face.NONE);
    }

    @Test
    void fewerThanThreeOrderDatesCountAsIrregular() {
        List<OrderFact> orders = List.of(order("2025-01-01", "100", "70"), order("2025-01-01", "50", "35"));
        assertThat(rule.face(false, CustomerStatus.SUPER, orders)).isEqualTo(Face.RED);
    }

    @Test
    void marginAtTheLimitsIsInclusive() {
        assertThat(rule.face(false, CustomerStatus.SUPER, List.of(order("2025-01-01", "100", "70"))))
                .isEqualTo(Face.RED);
        assertThat(rule.face(false, CustomerStatus.SUPER, List.of(order("2025-01-01", "100", "90"))))
                .isEqualTo(Face.WHITE);
        assertThat(rule.face(false, CustomerStatus.SUPER, List.of(order("2025-01-01", "100", "80"))))
                .isEqualTo(Face.NONE);
    }

    @Test
    void gapVariationOfEqualGapsIsZero() {
        assertThat(FaceRule.gapVariation(new long[] {0, 7, 14, 21})).isZero();
    }
}
