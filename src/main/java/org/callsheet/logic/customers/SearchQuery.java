package org.callsheet.logic.customers;

import java.util.Locale;
import org.callsheet.logic.text.Characters;

/**
 * What the user typed in the search box, normalised: full-width forms folded, lower case, no
 * spaces. {@code digits} is set when the text looks like a phone fragment ("138-0013", "(010) 12").
 */
record SearchQuery(String text, boolean hasHan, String digits) {

    static SearchQuery of(String typed) {
        String folded = Characters.halfWidth(typed == null ? "" : typed).toLowerCase(Locale.ROOT);
        StringBuilder text = new StringBuilder(folded.length());
        boolean han = false;
        boolean phoneLike = true;
        int digitCount = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || c == '\n') {
                continue;
            }
            text.append(c);
            han |= c >= 128;
            if (c >= '0' && c <= '9') {
                digitCount++;
            } else if ("+-()./".indexOf(c) < 0) {
                phoneLike = false;
            }
        }
        String digits = phoneLike && digitCount > 0 ? Characters.digits(text.toString()) : "";
        if (digits.length() > 4 && text.toString().startsWith("+86")) {
            digits = digits.substring(2);
        }
        return new SearchQuery(text.toString(), han, digits);
    }

    boolean lettersAndDigitsOnly() {
        return text.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
    }

    boolean isEmpty() {
        return text.isEmpty();
    }
}
