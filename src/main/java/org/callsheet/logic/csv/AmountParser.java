package org.callsheet.logic.csv;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.callsheet.logic.text.Characters;

/**
 * Reads a money cell as BigDecimal: currency marks (¥ ￥ RMB CNY 元 人民币), thousands separators
 * in groups of three, full-width digits, and negatives written -12.50, −12.50 or (12.50).
 * A comma that is not a thousands separator ("12,50") is refused rather than guessed.
 */
public final class AmountParser {
    private static final Pattern CURRENCY = Pattern.compile("(?i)rmb|cny|人民币|元|[¥￥$]|\\s|\u00A0");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");

    public Optional<BigDecimal> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = CURRENCY.matcher(Characters.halfWidth(FormulaGuard.restore(value.strip()))
                .replace('\u2212', '-')).replaceAll("");
        boolean negative = false;
        if (text.startsWith("(") && text.endsWith(")") && text.length() > 2) {
            negative = true;
            text = text.substring(1, text.length() - 1);
        }
        if (text.startsWith("-") || text.startsWith("+")) {
            negative ^= text.startsWith("-");
            text = text.substring(1);
        }
        // Currency after the sign or inside brackets: "-¥12.50", "(¥12.50)".
        text = CURRENCY.matcher(text).replaceAll("");
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(",", "");
        } else if (!PLAIN.matcher(text).matches()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(text.endsWith(".") ? text.substring(0, text.length() - 1) : text);
        return Optional.of(negative ? amount.negate() : amount);
    }
}
