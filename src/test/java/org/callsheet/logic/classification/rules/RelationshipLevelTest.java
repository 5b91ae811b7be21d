package org.callsheet.logic.classification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.callsheet.logic.classification.rules.RelationshipLevel.ACCOUNTABLE;
import static org.callsheet.logic.classification.rules.RelationshipLevel.BASIC;
import static org.callsheet.logic.classification.rules.RelationshipLevel.PARTNERSHIP;
import static org.callsheet.logic.classification.rules.RelationshipLevel.PROACTIVE;
import static org.callsheet.logic.classification.rules.RelationshipLevel.REACTIVE;

import java.math.BigDecimal;
import org.callsheet.logic.classification.rules.RelationshipLevel.Margin;
import org.callsheet.logic.classification.rules.RelationshipLevel.Size;
import org.junit.jupiter.api.Test;

class RelationshipLevelTest {

    @Test
    void tableOfDomainSection8() {
        RelationshipLevel[][] expected = {
            {BASIC, REACTIVE, ACCOUNTABLE},
            {REACTIVE, ACCOUNTABLE, PROACTIVE},
            {ACCOUNTABLE, PROACTIVE, PARTNERSHIP},
        };
        for (Size size : Size.values()) {
            for (Margin margin : Margin.values()) {
                assertThat(RelationshipLevel.suggest(size, margin))
                        .as("%s / %s", size, margin).isEqualTo(expected[size.ordinal()][margin.ordinal()]);
            }
        }
    }

    @Test
    void thresholdsFromSettings() {
        ClassificationSettings.RelationshipSettings s = ClassificationSettings.RelationshipSettings.DEFAULTS;
        assertThat(RelationshipLevel.suggest(100, new BigDecimal("0.05"), s)).isEqualTo(BASIC);
        assertThat(RelationshipLevel.suggest(99, new BigDecimal("0.10"), s)).isEqualTo(ACCOUNTABLE);
        assertThat(RelationshipLevel.suggest(10, new BigDecimal("0.30"), s)).isEqualTo(PARTNERSHIP);
        assertThat(RelationshipLevel.suggest(11, new BigDecimal("0.2999"), s)).isEqualTo(ACCOUNTABLE);
    }
}
