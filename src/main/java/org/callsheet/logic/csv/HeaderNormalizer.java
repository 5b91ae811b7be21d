package org.callsheet.logic.csv;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import org.callsheet.logic.text.Characters;

/**
 * Reduces a column name to a key for matching: byte order mark, spaces, underscores, hyphens and
 * dots removed, full-width forms made half-width, lower case, Traditional Chinese made Simplified,
 * and a trailing unit in brackets dropped ("金额（元）" → "金额", "Amount (RMB)" → "amount").
 */
public final class HeaderNormalizer {
    private static final Transliterator TRADITIONAL_TO_SIMPLIFIED =
            Transliterator.getInstance("Traditional-Simplified");

    private HeaderNormalizer() {
    }

    public static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String text = Characters.halfWidth(header.replace("\uFEFF", "")).strip();
        text = text.replaceAll("[(\\[【][^)\\]】]*[)\\]】]$", "");
        text = text.replaceAll("[\\s_\\-./·:：]", "").toLowerCase(Locale.ROOT);
        synchronized (TRADITIONAL_TO_SIMPLIFIED) {
            return TRADITIONAL_TO_SIMPLIFIED.transliterate(text);
        }
    }
}
