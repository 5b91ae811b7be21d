package org.callsheet.logic.sheets.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextFitterTest {
    private final TextFitter fitter = new TextFitter(new MonospaceMetrics(), Locale.SIMPLIFIED_CHINESE);

    @Test
    void aCharacterTheFontLacksBecomesAVisibleMark() {
        assertThat(fitter.displayable("张𠮟明")).isEqualTo("张〓明");
        assertThat(fitter.displayable("plain")).isEqualTo("plain");
    }

    @Test
    void chineseBreaksBetweenCharactersWithinTheWidth() {
        // 10 pt characters, 45 pt wide: four to a line
        List<String> lines = fitter.wrap("北京科技有限公司销售部", 10, 45);

        assertThat(lines).containsExactly("北京科技", "有限公司", "销售部");
    }

    @Test
    void englishBreaksAtSpacesAndKeepsLineBreaks() {
        List<String> lines = fitter.wrap("call back after the fair\nbring samples", 10, 60);

        assertThat(lines).containsExactly("call back", "after the", "fair", "bring", "samples");
    }

    @Test
    void aWordWiderThanTheLineIsCut() {
        assertThat(fitter.wrap("abcdefghij", 10, 25)).containsExactly("abcde", "fghij");
    }

    @Test
    void emptyTextHasNoLines() {
        assertThat(fitter.wrap("  ", 10, 100)).isEmpty();
    }

    @Test
    void tooManyLinesEndInAnEllipsis() {
        List<String> lines = fitter.wrap("一二三四五六七八九十", 10, 40, 2);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith("…");
        assertThat(fitter.width(lines.get(1), 10)).isLessThanOrEqualTo(40);
    }
}
