package org.callsheet.logic.text;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pinyin of Chinese names for search and sorting: full ("beijingkeji") and initials ("bjkj").
 * Words are read in context from {@link PinyinDictionary} (重庆 chongqing, 厦门 xiamen, 银行
 * yinhang), other characters by their most common reading. Letters and digits pass through
 * lower-cased; other characters are dropped.
 *
 * <p>{@link #readings} also gives the other plausible readings of a name, so a customer is found
 * whether the rep types the reading in context or a naive one (zhongqing, shamen): the reading
 * each character has alone (ICU's Han-Latin, what most tools print) and, for a polyphone outside
 * any known word, each of its readings that occurs in some word.
 */
public final class Pinyin {
    /** Enough for a polyphone or three outside known words; keeps the index small. */
    private static final int MAX_READINGS = 6;

    private final PinyinDictionary dictionary;
    /** Built on first use: ICU needs a few hundred milliseconds for it, which start-up need not pay. */
    private Transliterator hanToLatin;
    private final ConcurrentHashMap<Character, String> aloneReadings = new ConcurrentHashMap<>();

    public Pinyin() {
        this(PinyinDictionary.shared());
    }

    public Pinyin(PinyinDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** All plausible readings of a text, the reading in context first; full and initials alike. */
    public record Readings(List<String> full, List<String> initials) {
    }

    /** Full pinyin in context, without tones or spaces: the sort key of a name. */
    public String full(String text) {
        return join(readInContext(text), false);
    }

    /** First letter of each syllable in context; runs of Latin letters and digits are kept whole. */
    public String initials(String text) {
        return join(readInContext(text), true);
    }

    /** The reading in context and the other plausible readings (at most a handful, no repeats). */
    public Readings readings(String text) {
        List<Token> context = readInContext(text);
        List<List<Token>> variants = new ArrayList<>();
        variants.add(context);
        variants.add(readAlone(context));
        for (int i = 0; i < context.size() && variants.size() < MAX_READINGS * 2; i++) {
            Token t = context.get(i);
            if (t.han && !t.inWord) {
                for (String other : dictionary.readingsInWords(t.text.charAt(0))) {
                    if (!other.equals(t.syllable)) {
                        List<Token> v = new ArrayList<>(context);
                        v.set(i, new Token(t.text, other, true, false));
                        variants.add(v);
                    }
                }
            }
        }
        Set<String> full = new LinkedHashSet<>();
        Set<String> initials = new LinkedHashSet<>();
        for (List<Token> v : variants) {
            if (full.size() < MAX_READINGS) {
                full.add(join(v, false));
            }
            if (initials.size() < MAX_READINGS) {
                initials.add(join(v, true));
            }
        }
        return new Readings(List.copyOf(full), List.copyOf(initials));
    }

    /** The syllables of a text's Han characters in context, one per character. */
    List<String> syllables(String text) {
        return readInContext(text).stream().filter(Token::han).map(Token::syllable).toList();
    }

    /** One unit of a text: a Han character with its syllable, or a run of Latin letters and digits. */
    private record Token(String text, String syllable, boolean han, boolean inWord) {
    }

    private List<Token> readInContext(String text) {
        List<Token> out = new ArrayList<>(text.length());
        int[] length = new int[1];
        StringBuilder latin = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = Characters.halfWidth(text.charAt(i));
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    latin.append(Character.toLowerCase(c));
                }
                i++;
                continue;
            }
            if (!latin.isEmpty()) {
                out.add(new Token(latin.toString(), latin.toString(), false, false));
                latin.setLength(0);
            }
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                i++;
                continue;
            }
            String[] word = dictionary.longestWordAt(text, i, length);
            if (word != null) {
                for (int k = 0; k < length[0]; k++) {
                    out.add(new Token(String.valueOf(text.charAt(i + k)), word[k], true, true));
                }
                i += length[0];
            } else {
                List<String> readings = dictionary.readings(c);
                String syllable = readings.isEmpty() ? alone(c) : readings.get(0);
                if (!syllable.isEmpty()) {
                    out.add(new Token(String.valueOf(c), syllable, true, false));
                }
                i++;
            }
        }
        if (!latin.isEmpty()) {
            out.add(new Token(latin.toString(), latin.toString(), false, false));
        }
        return out;
    }

    private List<Token> readAlone(List<Token> context) {
        List<Token> out = new ArrayList<>(context.size());
        for (Token t : context) {
            String syllable = t.han ? alone(t.text.charAt(0)) : t.syllable;
            out.add(syllable.isEmpty() ? t : new Token(t.text, syllable, t.han, t.inWord));
        }
        return out;
    }

    private static String join(List<Token> tokens, boolean initialsOnly) {
        StringBuilder out = new StringBuilder(tokens.size() * (initialsOnly ? 1 : 4));
        for (Token t : tokens) {
            out.append(initialsOnly && t.han ? t.syllable.substring(0, 1) : t.syllable);
        }
        return out.toString();
    }

    /** The reading of a character on its own, as ICU's Han-Latin gives it (ü written u). */
    private String alone(char c) {
        return aloneReadings.computeIfAbsent(c, key -> {
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
