package org.callsheet.ui.settings;

import java.util.Map;

/** The check of a settings field that takes a whole number from 0 to a maximum (days, percentages). */
final class WholeNumberCheck {
    private WholeNumberCheck() {
    }

    /** Puts {@code key} as the field's problem when the text is not such a number, else clears it. */
    static void check(Map<String, String> errors, String field, String text, int max, String key) {
        String t = text == null ? "" : text.strip();
        boolean ok = t.matches("\\d{1,4}") && Integer.parseInt(t) <= max;
        if (ok) {
            errors.remove(field);
        } else {
            errors.put(field, key);
        }
    }
}
