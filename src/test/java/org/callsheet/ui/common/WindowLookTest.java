package org.callsheet.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.callsheet.logic.settings.Settings;
import org.callsheet.ui.i18n.Language;
import org.junit.jupiter.api.Test;

class WindowLookTest {
    @Test
    void takesLanguageThemeAndPlacementFromTheCopy() {
        WindowLook look = WindowLook.of(Map.of(Settings.LANGUAGE, "zh-TW", Settings.THEME, "dark",
                Settings.WINDOW, "10,20,1000,700,true"), Locale.US);

        assertThat(look.language()).isEqualTo(Language.TRADITIONAL_CHINESE);
        assertThat(look.theme()).isEqualTo(Theme.DARK);
        assertThat(look.window()).contains(new WindowPlacement(10, 20, 1000, 700, true));
    }

    @Test
    void withoutACopyTheWindowSpeaksTheSystemLanguageInTheLightThemeCentred() {
        WindowLook look = WindowLook.of(Map.of(), Locale.SIMPLIFIED_CHINESE);

        assertThat(look).isEqualTo(new WindowLook(Language.SIMPLIFIED_CHINESE, Theme.LIGHT, java.util.Optional.empty()));
    }

    @Test
    void unreadableValuesFallBackOneByOne() {
        WindowLook look = WindowLook.of(Map.of(Settings.LANGUAGE, "fr", Settings.THEME, "purple",
                Settings.WINDOW, "a,b"), Locale.US);

        assertThat(look).isEqualTo(new WindowLook(Language.ENGLISH, Theme.LIGHT, java.util.Optional.empty()));
    }
}
