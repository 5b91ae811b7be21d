package org.callsheet.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.callsheet.logic.classification.ClassificationResult;
import org.callsheet.logic.classification.rules.CustomerClassification;
import org.callsheet.logic.classification.rules.Face;
import org.callsheet.logic.classification.rules.RepurchaseBucket;
import org.callsheet.logic.classification.rules.RfmSegment;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.i18n.Language;
import org.junit.jupiter.api.Test;

class ClassificationSummaryTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

    private static AnalysisBackend.CustomerResult scored(CustomerStatus effective, boolean overridden) {
        CustomerClassification rules = new CustomerClassification(7, CustomerStatus.BIG, new BigDecimal("123456.70"), 6,
                12, 5, 4, 4, RfmSegment.IMPORTANT_VALUE, new BigDecimal("20576.12"), ValueQuadrant.HIGH_VALUE,
                Face.RED, true, 0.9733, RepurchaseBucket.HIGH, 1.048, new BigDecimal("79661.67"));
        return new AnalysisBackend.CustomerResult(new ClassificationResult(AS_OF, effective, overridden, rules), 90, 12);
    }

    @Test
    void aScoredCustomerShowsEveryFigureInEnglish() {
        List<ClassificationSummary.Line> lines =
                ClassificationSummary.lines(scored(CustomerStatus.BIG, false), new I18n(Language.ENGLISH));

        assertThat(lines).extracting(ClassificationSummary.Line::value).containsExactly(
                "Big", "123,456.70 in 6 orders", "12 days ago", "R 5 · F 4 · M 4: Important value", "High value",
                "Red face", "Yes", "97%: Likely to buy again (over 70%)", "1.0", "79,661.67");
        assertThat(lines.get(8).label()).isEqualTo("Expected orders, next 90 days");
        assertThat(lines.get(9).label()).isEqualTo("Lifetime value, next 12 months");
    }

    @Test
    void aManualTierSaysWhatTheRulesSayInChinese() {
        List<ClassificationSummary.Line> lines = ClassificationSummary.lines(scored(CustomerStatus.SUPER, true),
                new I18n(Language.SIMPLIFIED_CHINESE));

        assertThat(lines.getFirst().label()).isEqualTo("客户等级");
        assertThat(lines.getFirst().value()).startsWith("超级客户").contains("手动设定").endsWith("大客户）");
        assertThat(lines.get(1).value()).isEqualTo("123,456.70，共 6 笔订单");
    }

    @Test
    void aCustomerWithoutWindowOrdersOrForecastSaysSo() {
        CustomerClassification rules = new CustomerClassification(8, CustomerStatus.INACTIVE, BigDecimal.ZERO, 0,
                null, 0, 0, 0, null, null, ValueQuadrant.LAPSED, Face.NONE, false, null, null, null, null);
        AnalysisBackend.CustomerResult result = new AnalysisBackend.CustomerResult(
                new ClassificationResult(AS_OF, CustomerStatus.INACTIVE, false, rules), 90, 12);

        List<ClassificationSummary.Line> lines = ClassificationSummary.lines(result, new I18n(Language.ENGLISH));

        assertThat(lines).extracting(ClassificationSummary.Line::value).containsExactly(
                "Inactive", "0.00 in no orders", "No order in the last 12 months", "No order in the last 12 months",
                "No orders in the last 12 months", "No face", "No",
                "No forecast yet (it comes with the next reclassification)",
                "No forecast yet (it comes with the next reclassification)",
                "No forecast yet (it comes with the next reclassification)");
    }
}
