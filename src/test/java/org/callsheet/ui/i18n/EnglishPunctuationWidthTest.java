package org.callsheet.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.callsheet.ui.common.ShippedFonts;
import org.junit.jupiter.api.Test;

/**
 * The window draws every text with the shipped CJK font, which also carries the Latin letters but
 * sets some Latin punctuation a full em wide, as Chinese typography wants it: "today’s" reads
 * "today ’ s", an ellipsis sits centred. English window texts therefore use only characters the
 * font draws at their Latin width (checked against the font itself, not a list); Chinese
 * characters quoted in English texts (header names), arrows and the em dash, as wide in Latin type,
 * are left alone.
 */
class EnglishPunctuationWidthTest {
    /** The window's bundles, and the import texts it shows. */
    private static final List<String> WINDOW_BUNDLES = Stream.concat(I18n.BUNDLES.stream()
            .map(name -> name.substring(name.lastIndexOf('.') + 1)), Stream.of("imports")).toList();
    private static final float SIZE = 100f;

    @Test
    void englishWindowTextsUseNoFullWidthPunctuation() throws Exception {
        Font font = shippedFont();
        FontRenderContext context = new FontRenderContext(null, true, true);
        List<String> wide = new ArrayList<>();
        for (String bundle : WINDOW_BUNDLES) {
            Properties texts = english(bundle);
            for (String key : texts.stringPropertyNames()) {
                texts.getProperty(key).codePoints()
                        .filter(c -> !meantWide(c))
                        .filter(c -> font.getStringBounds(Character.toString(c), context).getWidth() >= SIZE * 0.95)
                        .forEach(c -> wide.add(bundle + ": " + key + " has " + Character.toString(c)
                                + String.format(" U+%04X", c)));
            }
        }
        assertThat(wide).isEmpty();
    }

    private static boolean meantWide(int c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return c == '\u2014' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.ARROWS
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    private static Font shippedFont() throws Exception {
        try (InputStream in = ShippedFonts.class.getResourceAsStream(ShippedFonts.RESOURCE)) {
            return Font.createFonts(in)[0].deriveFont(SIZE);
        }
    }

    private Properties english(String bundle) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/callsheet/i18n/" + bundle + ".properties")) {
            Properties texts = new Properties();
            texts.load(new StringReader(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
            return texts;
        }
    }
}
