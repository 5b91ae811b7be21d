package org.callsheet.logic.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import org.callsheet.ui.testing.InMemorySettingsRepository;
import org.junit.jupiter.api.Test;

class SettingsDerivedTest {
    private final InMemorySettingsRepository repository = new InMemorySettingsRepository();
    private final Settings settings = new Settings(repository);

    @Test
    void aDerivedValueIsReadAgainOnlyAfterASettingChanged() {
        Supplier<String> name = settings.derived(s -> s.get(Settings.REP_NAME, "?"));

        assertThat(name.get()).isEqualTo("?");
        assertThat(name.get()).isEqualTo("?");
        assertThat(repository.reads()).isEqualTo(1);

        settings.put(Settings.REP_NAME, "王芳");
        // put read the stored value once, to write nothing when it is the same

        assertThat(name.get()).isEqualTo("王芳");
        assertThat(name.get()).isEqualTo("王芳");
        assertThat(repository.reads()).isEqualTo(3);

        settings.put(Settings.REP_NAME, "王芳");
        assertThat(name.get()).as("an unchanged value is no change").isEqualTo("王芳");
        assertThat(repository.reads()).isEqualTo(4);

        settings.putAll(Map.of(Settings.REP_NAME, "李强"));
        assertThat(name.get()).isEqualTo("李强");
    }
}
