package org.callsheet.logic.csv;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.callsheet.logic.text.Characters;

/** Reads yes/no cells: 是/否, 对/错, 有/无, yes/no, y/n, true/false, 1/0, √/×. */
public final class BooleanParser {
    private static final Set<String> YES = Set.of("是", "对", "有", "真", "yes", "y", "true", "t", "1", "√", "✓");
    private static final Set<String> NO = Set.of("否", "错", "无", "没有", "假", "no", "n", "false", "f", "0", "×", "✗");

    public Optional<Boolean> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = Characters.halfWidth(value).strip().toLowerCase(Locale.ROOT);
        if (YES.contains(text)) {
            return Optional.of(true);
        }
        return NO.contains(text) ? Optional.of(false) : Optional.empty();
    }
}
