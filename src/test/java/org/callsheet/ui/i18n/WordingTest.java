package org.callsheet.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.callsheet.logic.calls.CallTexts;
import org.callsheet.model.KeyDateKind;
import org.junit.jupiter.api.Test;

/** Counts read as words do in each language: one year, today, a birthday's age. */
class WordingTest {
    private final I18n english = new I18n(Language.ENGLISH);
    private final I18n simplified = new I18n(Language.SIMPLIFIED_CHINESE);
    private final I18n traditional = new I18n(Language.TRADITIONAL_CHINESE);

    @Test
    void englishCountsAgreeWithTheirNoun() {
        assertThat(english.format(CallTexts.KEY_DATE_YEARS, 1)).isEqualTo("1 year");
        assertThat(english.format(CallTexts.KEY_DATE_YEARS, 5)).isEqualTo("5 years");
        assertThat(english.format("customers.filter.statusCount", 1)).isEqualTo("1 status");
        assertThat(english.format("customers.filter.statusCount", 3)).isEqualTo("3 statuses");
    }

    @Test
    void lastReachedZeroDaysAgoIsToday() {
        assertThat(english.format("today.lastReached", 0L)).isEqualTo("last reached today");
        assertThat(english.format("today.lastReached", 1L)).isEqualTo("last reached yesterday");
        assertThat(english.format("today.lastReached", 12L)).isEqualTo("last reached 12 days ago");
        assertThat(simplified.format("today.lastReached", 0L)).isEqualTo("今天联系上");
        assertThat(traditional.format("today.lastReached", 3L)).isEqualTo("3 天前聯絡上");
    }

    @Test
    void aBirthdayGivesTheAgeAndAnAnniversaryItsYears() {
        assertThat(simplified.format(CallTexts.keyDateYears(KeyDateKind.BIRTHDAY), 45)).isEqualTo("45岁");
        assertThat(traditional.format(CallTexts.keyDateYears(KeyDateKind.BIRTHDAY), 45)).isEqualTo("45歲");
        assertThat(simplified.format(CallTexts.keyDateYears(KeyDateKind.FOUNDING_ANNIVERSARY), 10)).isEqualTo("10周年");
        assertThat(english.format(CallTexts.keyDateYears(KeyDateKind.BIRTHDAY), 45)).isEqualTo("turns 45");
    }
}
