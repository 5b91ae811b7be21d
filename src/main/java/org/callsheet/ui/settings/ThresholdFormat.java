package org.callsheet.ui.settings;

import java.math.BigDecimal;
import org.callsheet.logic.classification.ClassificationThreshold;
import org.callsheet.logic.csv.AmountParser;

/** How a threshold is typed and shown: percentages as percent ("1" means 1%), the rest as they are. */
final class ThresholdFormat {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final AmountParser AMOUNTS = new AmountParser();

    private ThresholdFormat() {
    }

    static String format(ClassificationThreshold threshold, BigDecimal value) {
        BigDecimal shown = threshold.kind() == ClassificationThreshold.Kind.PERCENT ? value.multiply(HUNDRED) : value;
        return shown.stripTrailingZeros().toPlainString();
    }

    /** The stored value of what the rep typed (full-width digits, ¥ and % allowed), or null when not a number. */
    static BigDecimal parse(ClassificationThreshold threshold, String text) {
        String withoutPercent = text == null ? "" : text.replace("%", "").replace("％", "");
        return AMOUNTS.parse(withoutPercent)
                .map(typed -> threshold.kind() == ClassificationThreshold.Kind.PERCENT ? typed.movePointLeft(2) : typed)
                .orElse(null);
    }

    /** The allowed range as the rep types it, e.g. "0–100". */
    static String range(ClassificationThreshold threshold) {
        return format(threshold, threshold.min()) + "–" + format(threshold, threshold.max());
    }
}
