package org.callsheet.logic.sheets.layout;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits text to the font and to a width: code points the font lacks become a visible mark (so a
 * rare character such as 𠮟 never silently vanishes), and text is broken into lines where the
 * language allows (between Chinese characters, at spaces in English). Not thread-safe.
 */
public final class TextFitter {
    /** Shown for a character the font lacks: the geta mark, the typesetter's sign for a missing glyph. */
    static final int MISSING_MARK = 0x3013;
    static final String ELLIPSIS = "…";

    private final FontMetrics metrics;
    private final BreakIterator breaks;
    private final String missing;

    public TextFitter(FontMetrics metrics, Locale locale) {
        this.metrics = metrics;
        this.breaks = BreakIterator.getLineInstance(locale);
        this.missing = metrics.covers(MISSING_MARK) ? Character.toString(MISSING_MARK) : "?";
    }

    public FontMetrics metrics() {
        return metrics;
    }

    /** The text with every code point the font lacks replaced by the missing mark; tabs become spaces. */
    public String displayable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = cp != '\t' && metrics.covers(cp);
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(ok ? Character.toString(cp) : cp == '\t' ? " " : missing);
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }

    public float width(String text, float size) {
        return metrics.width(text, size);
    }

    /**
     * The text in lines no wider than {@code width}; line breaks in the text are kept, an empty
     * text gives no lines. A word wider than the width is cut between characters.
     */
    public List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R", -1)) {
            wrapParagraph(displayable(paragraph.stripTrailing()), size, width, lines);
        }
        if (lines.size() == 1 && lines.getFirst().isEmpty()) {
            return List.of();
        }
        return lines;
    }

    /** At most {@code maxLines} lines; the last one ends in an ellipsis when text was left out. */
    public List<String> wrap(String text, float size, float width, int maxLines) {
        List<String> lines = wrap(text, size, width);
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, ellipsized(kept.get(maxLines - 1), size, width));
        return kept;
    }

    /** The text cut to fit {@code width} with an ellipsis, or as it is when it fits. */
    public String ellipsized(String line, float size, float width) {
        String end = metrics.covers('…') ? ELLIPSIS : "...";
        String cut = line;
        while (!cut.isEmpty() && width(cut + end, size) > width) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut + end;
    }

    private void wrapParagraph(String text, float size, float width, List<String> out) {
        if (text.isEmpty() || width(text, size) <= width) {
            out.add(text);
            return;
        }
        breaks.setText(text);
        int lineStart = 0;
        int lastFit = -1;
        int end = breaks.next();
        while (end != BreakIterator.DONE) {
            String candidate = text.substring(lineStart, end).stripTrailing();
            if (width(candidate, size) <= width) {
                lastFit = end;
                end = breaks.next();
                continue;
            }
            if (lastFit > lineStart) {
                out.add(text.substring(lineStart, lastFit).stripTrailing());
                lineStart = lastFit;
                lastFit = -1;
            } else {
                lineStart = cutLongWord(text, lineStart, end, size, width, out);
            }
        }
        if (lineStart < text.length()) {
            out.add(text.substring(lineStart).stripTrailing());
        }
    }

    /** Emits full-width pieces of a word too wide for a line; returns where the rest starts. */
    private int cutLongWord(String text, int start, int end, float size, float width, List<String> out) {
        int pos = start;
        while (pos < end) {
            int next = pos;
            float used = 0;
            while (next < end) {
                int cp = text.codePointAt(next);
                float w = metrics.advance(cp) * size;
                if (used + w > width && next > pos) {
                    break;
                }
                used += w;
                next += Character.charCount(cp);
            }
            if (next >= end) {
                return pos;
            }
            out.add(text.substring(pos, next));
            pos = next;
        }
        return pos;
    }
}
