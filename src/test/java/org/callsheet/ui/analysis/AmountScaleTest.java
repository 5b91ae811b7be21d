package org.callsheet.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.callsheet.logic.classification.QuadrantPoint;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.junit.jupiter.api.Test;

class AmountScaleTest {

    private static QuadrantPoint point(String amount) {
        return new QuadrantPoint(1, amount == null ? null : new BigDecimal(amount), 2, ValueQuadrant.LOW_VALUE);
    }

    @Test
    void skewedPositiveAmountsGoOnALogAxis() {
        List<QuadrantPoint> points = List.of(point("250.00"), point("5000.00"), point(null));

        assertThat(AmountScale.logarithmic(points)).isTrue();
        assertThat(AmountScale.smallest(points)).isEqualTo(250.0);
    }

    @Test
    void amountsWithinTwentyTimesOfEachOtherStayLinear() {
        assertThat(AmountScale.logarithmic(List.of(point("250.00"), point("4999.99")))).isFalse();
    }

    @Test
    void aZeroOrNegativeAmountKeepsTheAxisLinear() {
        assertThat(AmountScale.logarithmic(List.of(point("0.00"), point("5000.00")))).isFalse();
        assertThat(AmountScale.logarithmic(List.of(point("-10.00"), point("5000.00")))).isFalse();
    }

    @Test
    void noAmountsStayLinear() {
        assertThat(AmountScale.logarithmic(List.of())).isFalse();
        assertThat(AmountScale.logarithmic(List.of(point(null)))).isFalse();
    }
}
