package org.callsheet.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.sheets.layout.Paper;
import org.callsheet.logic.sheets.profile.EmptyFields;
import org.callsheet.logic.sheets.profile.SheetLanguage;
import org.callsheet.logic.sheets.profile.SheetPreferences;
import org.callsheet.logic.sheets.profile.SheetSection;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.callsheet.ui.testing.InMemorySettingsRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The profile sheets part of Settings: sections, empty fields, paper and language, saved with the screen. */
class SheetSettingsViewModelTest {
    private final Settings settings = new Settings(new InMemorySettingsRepository());
    private final StatusModel status = new StatusModel();
    private SheetSettingsViewModel model;

    @BeforeEach
    void setUp() {
        settings.put(SheetPreferences.PAPER, "letter");
        model = new SheetSettingsViewModel(UserPreferences.read(settings, new SameThreadTaskRunner(), Locale.US),
                status);
        model.load();
    }

    @Test
    void showsWhatIsKeptAndTheDefaultsForTheRest() {
        assertThat(model.paperProperty().get()).isEqualTo(Paper.LETTER);
        assertThat(model.emptyFieldsProperty().get()).isEqualTo(EmptyFields.OMIT);
        assertThat(model.languageProperty().get()).isEqualTo(SheetLanguage.INTERFACE);
        for (SheetSection section : SheetSection.values()) {
            assertThat(model.shownProperty(section).get()).as(section.code()).isTrue();
        }
        assertThat(model.changedProperty().get()).isFalse();
    }

    @Test
    void savesTheChoicesWhereThePrintAndTheCommandLineReadThem() {
        model.shownProperty(SheetSection.CALLS).set(false);
        model.shownProperty(SheetSection.OPPORTUNITIES).set(false);
        model.emptyFieldsProperty().set(EmptyFields.BLANK_LINES);
        model.paperProperty().set(Paper.A4);
        model.languageProperty().set(SheetLanguage.TRADITIONAL_CHINESE);
        assertThat(model.changedProperty().get()).isTrue();
        AtomicInteger then = new AtomicInteger();

        model.save(then::incrementAndGet);

        assertThat(then).hasValue(1);
        assertThat(model.changedProperty().get()).isFalse();
        SheetPreferences kept = SheetPreferences.read(settings);
        EnumSet<SheetSection> expected = EnumSet.allOf(SheetSection.class);
        expected.remove(SheetSection.CALLS);
        expected.remove(SheetSection.OPPORTUNITIES);
        assertThat(kept).isEqualTo(new SheetPreferences(expected, EmptyFields.BLANK_LINES, Paper.A4,
                SheetLanguage.TRADITIONAL_CHINESE));
        assertThat(kept.options(Locale.ENGLISH, "张伟").locale()).isEqualTo(Locale.TRADITIONAL_CHINESE);
        assertThat(status.messageProperty().get().key()).isEqualTo("status.settingsSaved");
    }

    @Test
    void revertPutsBackWhatIsSavedAndAChangeUndoneByHandIsNoChange() {
        model.shownProperty(SheetSection.NOTES).set(false);
        model.shownProperty(SheetSection.NOTES).set(true);
        assertThat(model.changedProperty().get()).isFalse();

        model.paperProperty().set(Paper.A4);
        model.revert();

        assertThat(model.paperProperty().get()).isEqualTo(Paper.LETTER);
        assertThat(model.changedProperty().get()).isFalse();
        assertThat(settings.get(SheetPreferences.PAPER)).contains("letter");
    }
}
