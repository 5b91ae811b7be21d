package org.callsheet.logic.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BundlesTest {

    @Test
    void chineseReadsTheScriptItIsWrittenIn() {
        assertThat(Bundles.shippedLocale(Locale.forLanguageTag("zh-HK"))).isEqualTo(Locale.TRADITIONAL_CHINESE);
        assertThat(Bundles.shippedLocale(Locale.forLanguageTag("zh-Hant"))).isEqualTo(Locale.TRADITIONAL_CHINESE);
        assertThat(Bundles.shippedLocale(Locale.forLanguageTag("zh-Hans-HK"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Bundles.shippedLocale(Locale.forLanguageTag("zh-SG"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Bundles.shippedLocale(Locale.CHINESE)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void otherLanguagesReadEnglishWhateverTheMachineSpeaks() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(Bundles.load("org.callsheet.i18n.cli", Locale.FRENCH).getLocale()).isEqualTo(Locale.ROOT);
            assertThat(Bundles.load("org.callsheet.i18n.cli", Locale.forLanguageTag("zh-Hans-HK")).getLocale())
                    .isEqualTo(Locale.SIMPLIFIED_CHINESE);
        } finally {
            Locale.setDefault(before);
        }
    }
}
