package org.callsheet.logic.text;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pinyin of Chinese names for search: full ("beijingkeji") and initials ("bjkj"). Letters and
 * digits pass through lower-cased; other characters are dropped. Each Han character is
 * transliterated once (ICU's Han-Latin) and cached, which keeps a million names fast.
 */
public final class Pinyin {
    /** Built on first use: ICU needs a few hundred milliseconds for it, which start-up need not pay. */
    private Transliterator hanToLatin;
    private final ConcurrentHashMap<Character, String> syllables = new ConcurrentHashMap<>();

    /** Full pinyin without tones or spaces. */
    public String full(String text) {
        StringBuilder out = new StringBuilder(text.length() * 4);
        walk(text, out, false);
        return out.toString();
    }

    /** First letter of each syllable; runs of Latin letters and digits are kept whole. */
    public String initials(String text) {
        StringBuilder out = new StringBuilder(text.length());
        walk(text, out, true);
        return out.toString();
    }

    private void walk(String text, StringBuilder out, boolean initialsOnly) {
        for (int i = 0; i < text.length(); i++) {
            char c = Characters.halfWidth(text.charAt(i));
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    out.append(Character.toLowerCase(c));
                }
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                String syllable = syllable(c);
                if (!syllable.isEmpty()) {
                    out.append(initialsOnly ? syllable.substring(0, 1) : syllable);
                }
            }
        }
    }

    private String syllable(char c) {
        return syllables.computeIfAbsent(c, key -> {
            String latin;
            synchronized (this) {
                if (hanToLatin == null) {
                    hanToLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
                }
                latin = hanToLatin.transliterate(String.valueOf(key));
            }
            return latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        });
    }
}
