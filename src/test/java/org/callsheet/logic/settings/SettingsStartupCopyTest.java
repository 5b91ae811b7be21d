package org.callsheet.logic.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.callsheet.ui.testing.InMemorySettingsRepository;
import org.junit.jupiter.api.Test;

/** The start-up copy follows the window settings written through Settings; the database wins. */
class SettingsStartupCopyTest {
    private final InMemorySettingsRepository database = new InMemorySettingsRepository();
    private final List<Map<String, String>> writes = new ArrayList<>();
    private final StartupCopy copy = new StartupCopy() {
        @Override
        public Map<String, String> read() {
            return writes.isEmpty() ? Map.of() : writes.getLast();
        }

        @Override
        public void write(Map<String, String> values) {
            writes.add(values);
        }
    };
    private final Settings settings = new Settings(database, copy);

    @Test
    void aWindowSettingIsCopiedAsSoonAsItIsWritten() {
        settings.put(Settings.THEME, "dark");
        settings.put(Settings.WINDOW, "10,20,1000,700,false");

        assertThat(copy.read()).isEqualTo(Map.of(Settings.THEME, "dark", Settings.WINDOW, "10,20,1000,700,false"));
        assertThat(database.all()).containsEntry(Settings.THEME, "dark");
    }

    @Test
    void writingSeveralAtOnceCopiesTheWindowSettingsAmongThem() {
        Map<String, String> values = new java.util.HashMap<>();
        values.put(Settings.LANGUAGE, "zh-CN");
        values.put("classify.windowMonths", "12");
        settings.putAll(values);

        assertThat(copy.read()).isEqualTo(Map.of(Settings.LANGUAGE, "zh-CN"));
    }

    @Test
    void otherSettingsLeaveTheCopyAlone() {
        settings.put(Settings.REP_NAME, "王芳");
        settings.put(Settings.SETUP_DONE, "yes");
        settings.putAll(Map.of("classify.windowMonths", "12"));

        assertThat(writes).isEmpty();
    }

    @Test
    void refreshingReplacesAStaleCopyWithWhatTheDatabaseHolds() {
        copy.write(Map.of(Settings.LANGUAGE, "zh-TW", "other", "x"));
        database.put(Settings.LANGUAGE, "en");
        database.put(Settings.THEME, "light");

        assertThat(settings.refreshStartupCopy()).isTrue();

        assertThat(copy.read()).isEqualTo(Map.of(Settings.LANGUAGE, "en", Settings.THEME, "light"));
    }

    @Test
    void refreshingACopyThatMatchesWritesNothing() {
        database.put(Settings.LANGUAGE, "zh-CN");
        settings.refreshStartupCopy();
        int before = writes.size();

        assertThat(settings.refreshStartupCopy()).isFalse();
        settings.put(Settings.LANGUAGE, "zh-CN");

        assertThat(writes).hasSize(before);
    }
}
