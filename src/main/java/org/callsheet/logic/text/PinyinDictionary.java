package org.callsheet.logic.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Readings of Chinese characters and words, toneless: every reading of each character (its most
 * common first) and the reading of words whose characters are read other than alone, so that a
 * word is read in context (重庆 chongqing, 银行 yinhang). Loaded from data files shipped under
 * org/callsheet/pinyin: HanLP's pinyin dictionary, the place names of the shipped region data and
 * common company words. A word listed in a later file replaces its earlier reading; a character
 * listed in a later file gets the readings listed there first.
 */
public final class PinyinDictionary {
    static final String GENERAL = "/org/callsheet/pinyin/hanlp-pinyin.txt";
    public static final String PLACES = "/org/callsheet/pinyin/place-readings.txt";
    static final String COMPANY_WORDS = "/org/callsheet/pinyin/company-words.txt";

    private static final class Shared {
        static final PinyinDictionary INSTANCE = load(GENERAL, PLACES, COMPANY_WORDS);
    }

    private final Map<Character, String[]> charReadings;
    private final Map<String, String[]> words;
    /** Longest word starting with a character (0: none), so most positions need no look-up. */
    private final byte[] longestWordFrom = new byte[Character.MAX_VALUE + 1];
    private final Map<Character, Set<String>> readingsInWords = new HashMap<>();

    private PinyinDictionary(Map<Character, String[]> charReadings, Map<String, String[]> words) {
        this.charReadings = charReadings;
        this.words = words;
        words.forEach((word, syllables) -> {
            char first = word.charAt(0);
            longestWordFrom[first] = (byte) Math.max(longestWordFrom[first], Math.min(word.length(), 127));
            for (int i = 0; i < word.length(); i++) {
                readingsInWords.computeIfAbsent(word.charAt(i), c -> new HashSet<>()).add(syllables[i]);
            }
        });
    }

    /** The dictionary of the shipped data files, read once on first use. */
    public static PinyinDictionary shared() {
        return Shared.INSTANCE;
    }

    static PinyinDictionary load(String... resources) {
        Map<Character, String[]> chars = new HashMap<>(32_768);
        Map<String, String[]> words = new HashMap<>(65_536);
        for (String resource : resources) {
            read(resource, chars, words);
        }
        return new PinyinDictionary(chars, words);
    }

    /**
     * Lines {@code 字=zi4} or {@code 重庆=chong2,qing4} (tones optional, '#' starts a comment).
     * A word whose syllables are not readings of its characters is left out: it would index a
     * customer under letters nobody types.
     */
    private static void read(String resource, Map<Character, String[]> chars, Map<String, String[]> words) {
        try (InputStream in = PinyinDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing pinyin data " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> wordLines = new ArrayList<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int eq = line.indexOf('=');
                if (line.isBlank() || line.startsWith("#") || eq <= 0) {
                    continue;
                }
                String text = line.substring(0, eq).strip();
                List<String> syllables = syllables(line.substring(eq + 1));
                if (text.length() == 1) {
                    chars.merge(text.charAt(0), new LinkedHashSet<>(syllables).toArray(String[]::new),
                            PinyinDictionary::listedFirst);
                } else {
                    wordLines.add(new String[] {text, String.join(",", syllables)});
                }
            }
            for (String[] w : wordLines) {
                String[] syllables = w[1].split(",");
                if (syllables.length == w[0].length() && readable(w[0], syllables, chars)) {
                    words.put(w[0], syllables);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pinyin data " + resource, e);
        }
    }

    private static List<String> syllables(String readings) {
        List<String> out = new ArrayList<>();
        for (String s : readings.split("[,\\s]+")) {
            String plain = toneless(s);
            if (!plain.isEmpty()) {
                out.add(plain);
            }
        }
        return out;
    }

    /** A later file's readings of a character come first; readings it does not list are kept after. */
    private static String[] listedFirst(String[] earlier, String[] later) {
        LinkedHashSet<String> out = new LinkedHashSet<>(List.of(later));
        out.addAll(List.of(earlier));
        return out.toArray(String[]::new);
    }

    static String toneless(String syllable) {
        StringBuilder out = new StringBuilder(syllable.length());
        for (int i = 0; i < syllable.length(); i++) {
            char c = syllable.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            } else if (c == 'ü' || c == 'v') {
                out.append('v');
            }
        }
        return out.toString();
    }

    private static boolean readable(String word, String[] syllables, Map<Character, String[]> chars) {
        for (int i = 0; i < word.length(); i++) {
            String[] known = chars.get(word.charAt(i));
            if (known != null && !List.of(known).contains(syllables[i])) {
                return false;
            }
        }
        return true;
    }

    /** Every reading of a character, the most common first; empty when the data lacks it. */
    public List<String> readings(char c) {
        String[] r = charReadings.get(c);
        return r == null ? List.of() : List.of(r);
    }

    /** The readings a character has in the words of the dictionary, the plausible ones in a name. */
    Set<String> readingsInWords(char c) {
        return readingsInWords.getOrDefault(c, Set.of());
    }

    /** The longest dictionary word of {@code text} starting at {@code from}, or null. */
    String[] longestWordAt(String text, int from, int[] length) {
        int longest = Math.min(longestWordFrom[text.charAt(from)], text.length() - from);
        for (int n = longest; n >= 2; n--) {
            String[] syllables = words.get(text.substring(from, from + n));
            if (syllables != null) {
                length[0] = n;
                return syllables;
            }
        }
        return null;
    }

    /** The reading of a whole word as listed, or null when it is not listed. */
    public String[] word(String word) {
        return words.get(word);
    }
}
