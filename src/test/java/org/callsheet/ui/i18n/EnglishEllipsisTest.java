package org.callsheet.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The window's font (the shipped CJK font, which also draws the Latin text) centres U+2026 as
 * Chinese typography wants it, so English texts of the window write an ellipsis as three dots.
 */
class EnglishEllipsisTest {
    /** The window's bundles, and the import texts it shows. */
    private static final List<String> WINDOW_BUNDLES = java.util.stream.Stream.concat(I18n.BUNDLES.stream()
            .map(name -> name.substring(name.lastIndexOf('.') + 1)), java.util.stream.Stream.of("imports")).toList();

    @Test
    void englishWindowTextsUseThreeDots() throws IOException {
        for (String bundle : WINDOW_BUNDLES) {
            try (InputStream in = getClass().getResourceAsStream("/org/callsheet/i18n/" + bundle + ".properties")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).as(bundle + ".properties").doesNotContain("\u2026");
            }
        }
    }
}
