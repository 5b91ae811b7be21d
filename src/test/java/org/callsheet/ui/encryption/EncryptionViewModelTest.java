package org.callsheet.ui.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.callsheet.logic.encryption.ConversionFailedException;
import org.callsheet.logic.encryption.DatabaseEncryption;
import org.callsheet.logic.encryption.DatabasePassword;
import org.callsheet.logic.safety.BackupInfo;
import org.callsheet.logic.safety.BackupRetention;
import org.callsheet.logic.safety.SafetySettings;
import org.callsheet.logic.settings.Settings;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqSettingsRepository;
import org.callsheet.persistence.encryption.EncryptedFiles;
import org.callsheet.persistence.encryption.H2DatabaseEncryption;
import org.callsheet.persistence.safety.H2DatabaseSafety;
import org.callsheet.persistence.safety.OpenDatabase;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Encryption section of Settings on a real database file. */
class EncryptionViewModelTest {
    @TempDir
    Path folder;
    private final AtomicInteger restarts = new AtomicInteger();

    /** The section as the window builds it for a database opened with {@code password}. */
    private EncryptionViewModel section(Optional<DatabasePassword> password) {
        Path db = folder.resolve("crm");
        Database[] opened = {Database.open(db, password)};
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
        H2DatabaseSafety safety = new H2DatabaseSafety(db, open, Clock.systemDefaultZone(), password);
        SafetySettings settings = new SafetySettings(new Settings(new JooqSettingsRepository(opened[0].dsl())));
        EncryptionViewModel model = new EncryptionViewModel(new H2DatabaseEncryption(db, open, safety, password),
                settings, restarts::incrementAndGet, new SameThreadTaskRunner());
        model.load();
        return model;
    }

    private boolean fileEncrypted() {
        return EncryptedFiles.isEncrypted(folder.resolve("crm.mv.db"));
    }

    @Test
    void aNewPasswordMustBeLongRepeatedAndTheLossUnderstood() {
        EncryptionViewModel model = section(Optional.empty());

        assertThat(model.problem("short".toCharArray(), "short".toCharArray(), true))
                .contains(UserMessage.of("encryption.problem.short", 8));
        assertThat(model.problem("long enough".toCharArray(), "long enougH".toCharArray(), true))
                .contains(UserMessage.of("encryption.problem.different"));
        assertThat(model.problem("long enough".toCharArray(), "long enough".toCharArray(), false))
                .contains(UserMessage.of("encryption.problem.notUnderstood"));
        assertThat(model.problem("长一点的中文密码".toCharArray(), "长一点的中文密码".toCharArray(), true)).isEmpty();
    }

    @Test
    void encryptChangeAndDecryptEachRestartCallsheet() {
        EncryptionViewModel plain = section(Optional.empty());
        assertThat(plain.encryptedProperty().get()).isFalse();

        plain.encrypt("first password".toCharArray());

        assertThat(restarts.get()).isEqualTo(1);
        assertThat(plain.busyProperty().get()).isTrue();
        assertThat(plain.messageProperty().get()).isEqualTo(UserMessage.of("encryption.working"));
        assertThat(fileEncrypted()).isTrue();

        EncryptionViewModel encrypted = section(Optional.of(DatabasePassword.of("first password")));
        assertThat(encrypted.encryptedProperty().get()).isTrue();
        encrypted.changePassword("second password".toCharArray());
        assertThat(restarts.get()).isEqualTo(2);

        EncryptionViewModel again = section(Optional.of(DatabasePassword.of("second password")));
        again.decrypt();
        assertThat(restarts.get()).isEqualTo(3);
        assertThat(fileEncrypted()).isFalse();
        assertThat(section(Optional.empty()).encryptedProperty().get()).isFalse();
    }

    @Test
    void aConversionThatFailedAfterClosingAsksForARestartWithTheReason() {
        DatabaseEncryption failing = new DatabaseEncryption() {
            @Override
            public Path file() {
                return folder.resolve("crm.mv.db");
            }

            @Override
            public boolean encrypted() {
                return false;
            }

            @Override
            public BackupInfo encrypt(DatabasePassword password, BackupRetention retention) {
                throw new ConversionFailedException(new java.io.IOException("No space left on device"));
            }

            @Override
            public BackupInfo changePassword(DatabasePassword newPassword, BackupRetention retention) {
                throw new UnsupportedOperationException();
            }

            @Override
            public BackupInfo decrypt(BackupRetention retention) {
                throw new UnsupportedOperationException();
            }
        };
        Database database = Database.inMemory("encryption-section");
        try {
            EncryptionViewModel model = new EncryptionViewModel(failing,
                    new SafetySettings(new Settings(new JooqSettingsRepository(database.dsl()))),
                    restarts::incrementAndGet, new SameThreadTaskRunner());

            model.encrypt("long enough".toCharArray());

            assertThat(model.busyProperty().get()).isFalse();
            assertThat(model.messageProperty().get())
                    .isEqualTo(UserMessage.of("encryption.failed", "No space left on device"));
            assertThat(model.restartNeededProperty().get()).isTrue();
            assertThat(restarts.get()).isZero();
            model.restartNow();
            assertThat(restarts.get()).isEqualTo(1);
        } finally {
            database.close();
        }
    }
}
