package org.callsheet.persistence.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.callsheet.logic.safety.BackupInfo;
import org.callsheet.logic.safety.RollingBackups;
import org.callsheet.logic.safety.SafetySettings;
import org.callsheet.logic.settings.Settings;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqSettingsRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit backup is taken when the book changed since the newest backup, or that one is from an
 * earlier day, and skipped when the newest backup already holds the book (ADR 40) — within a run
 * and across runs.
 */
class ExitBackupTest {
    @TempDir
    Path folder;

    /** One run of the window on the database: its exit backup, then the close. */
    private Optional<BackupInfo> run(boolean write) {
        Path path = folder.resolve("crm");
        try (Database db = Database.open(path)) {
            Settings settings = new Settings(new JooqSettingsRepository(db.dsl()));
            if (write) {
                settings.put("note", "changed at " + System.nanoTime());
            }
            H2DatabaseSafety safety = new H2DatabaseSafety(path, new OpenDatabase() {
                @Override
                public Database database() {
                    return db;
                }

                @Override
                public void close() {
                    db.close();
                }
            }, Clock.systemDefaultZone());
            return new RollingBackups(safety, new SafetySettings(settings), Clock.systemDefaultZone())
                    .takeOnExitIfChanged();
        }
    }

    @Test
    void closingWithoutChangesTakesNoSecondBackupTheSameDay() {
        assertThat(run(true)).as("first of the day").isPresent();
        assertThat(run(false)).as("nothing changed since").isEmpty();
        assertThat(run(false)).isEmpty();
        assertThat(run(true)).as("the book changed").isPresent();
        assertThat(run(false)).isEmpty();
    }

    @Test
    void aChangeByAnotherRunAfterTheBackupIsNoticed() {
        assertThat(run(true)).isPresent();
        Path path = folder.resolve("crm");
        // a command that writes and takes no backup, between two runs of the window
        try (Database db = Database.open(path)) {
            new JooqSettingsRepository(db.dsl()).put("by", "command");
        }
        assertThat(run(false)).isPresent();
    }

    @Test
    void aBackupDuringTheRunCountsAndLaterWritesDoNot() {
        Path path = folder.resolve("crm");
        try (Database db = Database.open(path)) {
            H2DatabaseSafety safety = new H2DatabaseSafety(path, new OpenDatabase() {
                @Override
                public Database database() {
                    return db;
                }

                @Override
                public void close() {
                    db.close();
                }
            }, Clock.systemDefaultZone());
            new JooqSettingsRepository(db.dsl()).put("a", "1");
            assertThat(safety.changedSinceNewestBackup()).isTrue();
            safety.backup(org.callsheet.logic.safety.BackupKind.DAILY, new SafetySettings(
                    new Settings(new JooqSettingsRepository(db.dsl()))).retention());
            assertThat(safety.changedSinceNewestBackup()).isFalse();
            new JooqSettingsRepository(db.dsl()).put("a", "2");
            assertThat(safety.changedSinceNewestBackup()).isTrue();
        }
    }
}
