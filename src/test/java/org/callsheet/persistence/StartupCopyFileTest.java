package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.callsheet.logic.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCopyFileTest {
    @TempDir
    Path folder;

    @Test
    void liesBesideTheDatabaseItBelongsTo() {
        assertThat(StartupCopyFile.besideDatabase(folder.resolve("data/crm")).file())
                .isEqualTo(folder.resolve("data/crm.startup.properties").toAbsolutePath());
    }

    @Test
    void readsBackWhatItWroteAndNothingElse() {
        StartupCopyFile copy = StartupCopyFile.besideDatabase(folder.resolve("crm"));
        copy.write(Map.of(Settings.LANGUAGE, "zh-CN", Settings.WINDOW, "10,20,1000,700,true", Settings.REP_NAME, "王芳"));

        assertThat(copy.read()).isEqualTo(Map.of(Settings.LANGUAGE, "zh-CN", Settings.WINDOW, "10,20,1000,700,true"));
        assertThat(folder.resolve("crm.startup.properties.tmp")).doesNotExist();
    }

    @Test
    void aNewCopyReplacesTheOldOneWhole() {
        StartupCopyFile copy = StartupCopyFile.besideDatabase(folder.resolve("crm"));
        copy.write(Map.of(Settings.LANGUAGE, "zh-CN", Settings.THEME, "dark"));
        copy.write(Map.of(Settings.LANGUAGE, "en"));

        assertThat(copy.read()).isEqualTo(Map.of(Settings.LANGUAGE, "en"));
    }

    @Test
    void aMissingOrDamagedFileReadsAsNoCopy() throws Exception {
        StartupCopyFile copy = StartupCopyFile.besideDatabase(folder.resolve("crm"));
        assertThat(copy.read()).isEmpty();

        Files.writeString(copy.file(), "ui.language=\\uZZZZ\n");
        assertThat(copy.read()).isEmpty();
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheAppRunning() {
        StartupCopyFile copy = new StartupCopyFile(folder.resolve("missing/folder/crm.startup.properties"));

        copy.write(Map.of(Settings.THEME, "dark"));

        assertThat(copy.read()).isEmpty();
    }
}
