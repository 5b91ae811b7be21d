package org.callsheet.persistence.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.callsheet.logic.encryption.DatabasePassword;
import org.callsheet.logic.encryption.EncryptionRefusedException;
import org.callsheet.logic.safety.BackupInfo;
import org.callsheet.logic.safety.BackupKind;
import org.callsheet.logic.safety.BackupRetention;
import org.callsheet.logic.safety.KnownState;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.logic.safety.StorageUnavailableException.Reason;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.safety.H2DatabaseSafety;
import org.callsheet.persistence.safety.KnownStateFile;
import org.callsheet.persistence.safety.OpenDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encrypting, re-keying and decrypting a real database file, its backups and its known state. */
class DatabaseEncryptionTest {
    private static final DatabasePassword SECRET = DatabasePassword.of("correct horse 电池 staple");
    private static final DatabasePassword OTHER = DatabasePassword.of("another one");

    @TempDir
    Path folder;

    /** The database as the app holds it: opened on first use with a password, closed on request. */
    private final class Holder implements OpenDatabase {
        private final Path path;
        private final Optional<DatabasePassword> password;
        private Database opened;

        Holder(Path path, Optional<DatabasePassword> password) {
            this.path = path;
            this.password = password;
        }

        @Override
        public synchronized Database database() {
            if (opened == null) {
                opened = Database.open(path, password);
            }
            return opened;
        }

        @Override
        public synchronized void close() {
            if (opened != null) {
                opened.close();
                opened = null;
            }
        }

        H2DatabaseSafety safety() {
            return new H2DatabaseSafety(path, this, Clock.systemDefaultZone(), password);
        }

        H2DatabaseEncryption encryption() {
            return new H2DatabaseEncryption(path, this, safety(), password);
        }
    }

    private Path bookWithCustomers(int customers) {
        Path db = folder.resolve("crm");
        try (Database database = Database.open(db)) {
            for (int i = 0; i < customers; i++) {
                database.dsl().execute("INSERT INTO customer (uid, name, name_pinyin, name_initials, created_at,"
                        + " updated_at) VALUES (RANDOM_UUID(), 'Kunde " + i + "', 'kunde', 'k',"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
        }
        return db;
    }

    private static long customers(Database database) {
        return database.dsl().fetchCount(org.callsheet.persistence.jooq.Tables.CUSTOMER);
    }

    private static String start(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(9), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void anEncryptedDatabaseOpensOnlyWithItsPassword() {
        Path db = bookWithCustomers(3);
        Holder plain = new Holder(db, Optional.empty());

        BackupInfo before = plain.encryption().encrypt(SECRET, BackupRetention.DEFAULT);

        assertThat(before.kind()).isEqualTo(BackupKind.BEFORE_ENCRYPTION);
        Path file = folder.resolve("crm.mv.db");
        assertThat(EncryptedFiles.isEncrypted(file)).isTrue();
        assertThatThrownBy(() -> Database.open(db)).isInstanceOfSatisfying(StorageUnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.PASSWORD_NEEDED));
        assertThatThrownBy(() -> Database.open(db, Optional.of(OTHER))).isInstanceOfSatisfying(
                StorageUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
        try (Database database = Database.open(db, Optional.of(SECRET))) {
            assertThat(database.encrypted()).isTrue();
            assertThat(customers(database)).isEqualTo(3);
        }
    }

    @Test
    void theFileHoldsNoPlainTextOnceEncrypted() throws IOException {
        Path db = bookWithCustomers(5);
        new Holder(db, Optional.empty()).encryption().encrypt(SECRET, BackupRetention.DEFAULT);

        String bytes = new String(Files.readAllBytes(folder.resolve("crm.mv.db")), StandardCharsets.ISO_8859_1);

        assertThat(bytes).startsWith("H2encrypt").doesNotContain("Kunde").doesNotContain("CUSTOMER");
    }

    @Test
    void backupsOfAnEncryptedDatabaseAreEncryptedAndRestoreWithThePassword() throws IOException {
        Path db = bookWithCustomers(4);
        new Holder(db, Optional.empty()).encryption().encrypt(SECRET, BackupRetention.DEFAULT);
        Holder encrypted = new Holder(db, Optional.of(SECRET));

        BackupInfo backup = encrypted.safety().backup(BackupKind.MANUAL, BackupRetention.DEFAULT);
        encrypted.close();

        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + backup.file().toUri()), Map.of())) {
            assertThat(start(zip.getPath("crm.mv.db"))).isEqualTo("H2encrypt");
        }
        // the backup taken before encrypting followed the database: no plain copy is left
        for (Path other : org.callsheet.persistence.safety.BackupFolder.of(db).backups()) {
            try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + other.toUri()), Map.of())) {
                assertThat(start(zip.getPath("crm.mv.db"))).as(other.toString()).isEqualTo("H2encrypt");
            }
        }
        assertThat(encrypted.safety().inspect(backup.file()).counts().customers()).isEqualTo(4);
        assertThatThrownBy(() -> new Holder(db, Optional.of(OTHER)).safety().inspect(backup.file()))
                .isInstanceOfSatisfying(org.callsheet.logic.safety.UnusableBackupException.class,
                        e -> assertThat(e.needsAnotherPassword()).isTrue());
    }

    @Test
    void aNewPasswordReplacesTheOldAndDecryptingMakesTheFilePlainAgain() {
        Path db = bookWithCustomers(2);
        new Holder(db, Optional.empty()).encryption().encrypt(SECRET, BackupRetention.DEFAULT);

        new Holder(db, Optional.of(SECRET)).encryption().changePassword(OTHER, BackupRetention.DEFAULT);

        assertThatThrownBy(() -> Database.open(db, Optional.of(SECRET))).isInstanceOfSatisfying(
                StorageUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
        new Holder(db, Optional.of(OTHER)).encryption().decrypt(BackupRetention.DEFAULT);
        assertThat(EncryptedFiles.isEncrypted(folder.resolve("crm.mv.db"))).isFalse();
        try (Database database = Database.open(db)) {
            assertThat(customers(database)).isEqualTo(2);
        }
    }

    @Test
    void encryptingTwiceOrDecryptingAPlainDatabaseIsRefused() {
        Path db = bookWithCustomers(1);
        assertThatThrownBy(() -> new Holder(db, Optional.empty()).encryption().decrypt(BackupRetention.DEFAULT))
                .isInstanceOf(EncryptionRefusedException.class);
        new Holder(db, Optional.empty()).encryption().encrypt(SECRET, BackupRetention.DEFAULT);
        assertThatThrownBy(() -> new Holder(db, Optional.of(SECRET)).encryption().encrypt(OTHER,
                BackupRetention.DEFAULT)).isInstanceOf(EncryptionRefusedException.class);
    }

    @Test
    void aWrongCurrentPasswordLeavesTheFileExactlyAsItWas() throws IOException {
        Path db = bookWithCustomers(2);
        new Holder(db, Optional.empty()).encryption().encrypt(SECRET, BackupRetention.DEFAULT);
        Path file = folder.resolve("crm.mv.db");
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> new Holder(db, Optional.of(OTHER)).encryption().decrypt(BackupRetention.DEFAULT))
                .isInstanceOfSatisfying(StorageUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".encryption-"));
        }
    }

    @Test
    void theKnownStateStillCatchesAnEncryptedFileCutShort() throws IOException {
        Path db = bookWithCustomers(300);
        new Holder(db, Optional.empty()).encryption().encrypt(SECRET, BackupRetention.DEFAULT);
        Path file = folder.resolve("crm.mv.db");
        Optional<KnownState> known = KnownStateFile.beside(db).read();
        assertThat(known).isPresent();
        assertThat(known.get().fileSize()).isEqualTo(Files.size(file));
        try (Database database = Database.open(db, Optional.of(SECRET))) {
            assertThat(customers(database)).isEqualTo(300);
        }

        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(Files.size(file) / 3);
        }

        assertThatThrownBy(() -> Database.open(db, Optional.of(SECRET))).isInstanceOfSatisfying(
                StorageUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LOST_DATA));
    }

    @Test
    void aDamagedHeaderIsDamageNotAWrongPassword() throws IOException {
        Path db = bookWithCustomers(5);
        new Holder(db, Optional.empty()).encryption().encrypt(SECRET, BackupRetention.DEFAULT);
        Path file = folder.resolve("crm.mv.db");
        // after the 4 KB encryption header come the store's two 4 KB headers, both overwritten
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[8192]), 4096);
        }

        assertThatThrownBy(() -> Database.open(db, Optional.of(SECRET))).isInstanceOfSatisfying(
                StorageUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED));
        assertThatThrownBy(() -> Database.open(db, Optional.of(OTHER))).isInstanceOfSatisfying(
                StorageUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
    }

    @Test
    void thePasswordNeverShowsInText() {
        assertThat(SECRET.toString()).doesNotContain("horse");
        assertThat(FileKey.of(SECRET).toString()).isEqualTo("FileKey[hidden]");
        assertThat(FileKey.of(SECRET).jdbcPassword()).matches("[0-9a-f]{64} ");
    }
}
