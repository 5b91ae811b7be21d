package org.callsheet.ui.settings;

import java.math.BigDecimal;
import org.callsheet.logic.classification.ClassificationThreshold;

/** How a threshold is typed and shown: percentages as percent ("1" means 1%), the rest as they are. */
final class ThresholdFormat {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ThresholdFormat() {
    }

    static String format(ClassificationThreshold threshold, BigDecimal value) {
        BigDecimal shown = threshold.kind() == ClassificationThreshold.Kind.PERCENT ? value.multiply(HUNDRED) : value;
        return shown.stripTrailingZeros().toPlainString();
    }

    /** The stored value of what the rep typed, or null when it is not a number. */
    static BigDecimal parse(ClassificationThreshold threshold, String text) {
        String cleaned = normalise(text == null ? "" : text);
        if (cleaned.isEmpty()) {
            return null;
        }
        try {
            BigDecimal typed = new BigDecimal(cleaned);
            return threshold.kind() == ClassificationThreshold.Kind.PERCENT
                    ? typed.movePointLeft(2) : typed;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The allowed range as the rep types it, e.g. "0–100". */
    static String range(ClassificationThreshold threshold) {
        return format(threshold, threshold.min()) + "–" + format(threshold, threshold.max());
    }

    private static String normalise(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '．' || c == '。') {
                out.append('.');
            } else if (c != '%' && c != '％' && c != '¥' && c != '￥' && c != ' ' && c != ',') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
