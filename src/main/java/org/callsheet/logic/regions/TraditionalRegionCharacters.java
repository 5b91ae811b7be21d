package org.callsheet.logic.regions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The Traditional forms of the characters the shipped region names use, each with its Simplified
 * one, so that 廣東省深圳市南山區 finds 广东省深圳市南山区. One character for one, so positions in an
 * address carry over to what was written. The table is made from the region data with ICU
 * (TraditionalRegionCharactersTest) and read once; no transliteration runs while parsing.
 */
final class TraditionalRegionCharacters {
    static final String RESOURCE = "/org/callsheet/regions/traditional-region-characters.tsv";
    private static final TraditionalRegionCharacters SHIPPED = load();

    private final Map<Character, Character> simplifiedOf;

    private TraditionalRegionCharacters(Map<Character, Character> simplifiedOf) {
        this.simplifiedOf = simplifiedOf;
    }

    static TraditionalRegionCharacters shipped() {
        return SHIPPED;
    }

    /** The text with each Traditional character of a region name replaced by its Simplified form. */
    String simplified(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            Character simple = simplifiedOf.get(text.charAt(i));
            if (simple != null) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, simple);
            }
        }
        return out == null ? text : out.toString();
    }

    private static TraditionalRegionCharacters load() {
        Map<Character, Character> table = new HashMap<>();
        try (InputStream in = TraditionalRegionCharacters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.length() == 3 && line.charAt(1) == '\t') {
                    table.put(line.charAt(0), line.charAt(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TraditionalRegionCharacters(Map.copyOf(table));
    }
}
