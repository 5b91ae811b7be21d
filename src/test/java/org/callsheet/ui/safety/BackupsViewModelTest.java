package org.callsheet.ui.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.callsheet.logic.safety.BackupKind;
import org.callsheet.logic.safety.BackupRetention;
import org.callsheet.logic.safety.SafetySettings;
import org.callsheet.logic.settings.Settings;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqSettingsRepository;
import org.callsheet.persistence.safety.H2DatabaseSafety;
import org.callsheet.persistence.safety.OpenDatabase;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Backups section of Settings on a real database file: list, back up now, keep, check and restore. */
class BackupsViewModelTest {
    @TempDir
    Path folder;

    private Database database;
    private boolean closed;
    private final AtomicBoolean restarted = new AtomicBoolean();
    private BackupsViewModel model;
    private SafetySettings settings;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("crm"));
        settings = new SafetySettings(new Settings(new JooqSettingsRepository(database.dsl())));
        H2DatabaseSafety safety = new H2DatabaseSafety(folder.resolve("crm"), new OpenDatabase() {
            @Override
            public Database database() {
                return database;
            }

            @Override
            public void close() {
                closeDatabase();
            }
        }, Clock.systemDefaultZone());
        model = new BackupsViewModel(new SafetyTools(safety, settings, () -> restarted.set(true)),
                new SameThreadTaskRunner());
    }

    private void closeDatabase() {
        if (!closed) {
            closed = true;
            database.close();
        }
    }

    @AfterEach
    void close() {
        closeDatabase();
    }

    @Test
    void backUpNowListsTheNewBackupWithItsSize() {
        model.load();
        assertThat(model.backups()).isEmpty();
        assertThat(model.keepDaysProperty().get()).isEqualTo(7);

        model.backUpNow();

        assertThat(model.backups()).hasSize(1);
        assertThat(model.backups().getFirst().kind()).isEqualTo(BackupKind.MANUAL);
        assertThat(model.backups().getFirst().size()).isPositive();
        assertThat(model.messageProperty().get().key()).isEqualTo("backups.done");
    }

    @Test
    void theRetentionIsSaved() {
        model.load();
        model.keepDaysProperty().set(3);
        model.keepWeeksProperty().set(2);

        model.saveRetention();

        assertThat(settings.retention()).isEqualTo(new BackupRetention(3, 2));
    }

    @Test
    void aRestoreShowsBothCountsThenRestoresAndRestarts() {
        model.backUpNow();
        new Settings(new JooqSettingsRepository(database.dsl())).put("after", "backup");
        List<RestoreComparison> shown = new ArrayList<>();

        model.checkForRestore(model.backups().getFirst(), shown::add);
        assertThat(shown).hasSize(1);
        assertThat(shown.getFirst().backup().counts()).isEqualTo(shown.getFirst().current());
        model.restore(shown.getFirst());

        assertThat(restarted).isTrue();
        assertThat(closed).isTrue();
        try (Database restored = Database.open(folder.resolve("crm"))) {
            assertThat(new JooqSettingsRepository(restored.dsl()).get("after")).isEmpty();
        }
    }

    @Test
    void aBackupThatDoesNotOpenIsRefusedWithItsName() throws Exception {
        model.backUpNow();
        Path only = model.backups().getFirst().file();
        Files.writeString(only, "damaged");
        List<RestoreComparison> shown = new ArrayList<>();

        model.checkForRestore(model.backups().getFirst(), shown::add);

        assertThat(shown).isEmpty();
        assertThat(model.messageProperty().get().key()).isEqualTo("restore.error.unusable");
        assertThat(restarted).isFalse();
    }

    @Test
    void aBackupEncryptedWithAnotherPasswordIsRefusedWithTheWayToRestoreIt() {
        Path other = folder.resolve("elsewhere").resolve("crm");
        Database[] opened = {Database.open(other)};
        OpenDatabase open = new OpenDatabase() {
            @Override
            public Database database() {
                return opened[0];
            }

            @Override
            public void close() {
                opened[0].close();
            }
        };
        new org.callsheet.persistence.encryption.H2DatabaseEncryption(other, open,
                new H2DatabaseSafety(other, open, Clock.systemDefaultZone()), java.util.Optional.empty())
                .encrypt(org.callsheet.logic.encryption.DatabasePassword.of("elsewhere 1"), BackupRetention.DEFAULT);
        Path zip = org.callsheet.persistence.safety.BackupFolder.of(other).newest().orElseThrow();
        List<RestoreComparison> offered = new ArrayList<>();

        model.checkForRestore(new org.callsheet.logic.safety.BackupInfo(zip, java.time.Instant.now(), BackupKind.MANUAL,
                0), offered::add);

        assertThat(offered).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo(
                org.callsheet.ui.common.UserMessage.of("backups.restorePassword", zip.toString()));
        assertThat(restarted).isFalse();
    }
}
