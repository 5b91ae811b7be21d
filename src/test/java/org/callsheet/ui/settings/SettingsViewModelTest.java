package org.callsheet.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.callsheet.logic.settings.Settings;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.callsheet.ui.i18n.Language;
import org.callsheet.ui.common.Theme;
import org.callsheet.ui.testing.TestBackend;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {
    private final TestBackend backend = new TestBackend();

    private UserPreferences preferences(Locale os) {
        return UserPreferences.read(backend.settings, new SameThreadTaskRunner(), os);
    }

    @Test
    void languageDefaultsToTheOperatingSystemsUntilChosen() {
        assertThat(preferences(Locale.TAIWAN).language()).isEqualTo(Language.TRADITIONAL_CHINESE);
        assertThat(preferences(Locale.CHINA).language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(preferences(Locale.GERMANY).language()).isEqualTo(Language.ENGLISH);
        backend.settings.put(Settings.LANGUAGE, "zh-CN");
        assertThat(preferences(Locale.US).language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(preferences(Locale.US).theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void savesValidatedValuesAndSaysWhetherTheLanguageChanged() {
        UserPreferences prefs = preferences(Locale.US);
        SettingsViewModel model = new SettingsViewModel(prefs, new StatusModel());
        assertThat(model.changedBinding().get()).isFalse();
        model.repNameProperty().set("   ");
        assertThat(model.errors()).containsEntry("repName", "validation.repName.required");
        AtomicReference<Boolean> languageChanged = new AtomicReference<>();
        model.save(languageChanged::set);
        assertThat(languageChanged.get()).isNull();

        model.repNameProperty().set(" 王芳 ");
        model.themeProperty().set(Theme.DARK);
        model.languageProperty().set(Language.TRADITIONAL_CHINESE);
        assertThat(model.changedBinding().get()).isTrue();
        model.save(languageChanged::set);

        assertThat(languageChanged.get()).isTrue();
        assertThat(backend.settings.repName()).isEqualTo("王芳");
        assertThat(backend.settings.get(Settings.THEME, "")).isEqualTo("dark");
        assertThat(backend.settings.get(Settings.LANGUAGE, "")).isEqualTo("zh-TW");
        assertThat(prefs.theme()).isEqualTo(Theme.DARK);
        assertThat(model.changedBinding().get()).isFalse();
    }

    @Test
    void revertPutsBackWhatIsSaved() {
        backend.settings.put(Settings.REP_NAME, "李强");
        SettingsViewModel model = new SettingsViewModel(preferences(Locale.US), new StatusModel());
        model.repNameProperty().set("");
        model.revert();
        assertThat(model.repNameProperty().get()).isEqualTo("李强");
        assertThat(model.errors()).isEmpty();
    }
}
