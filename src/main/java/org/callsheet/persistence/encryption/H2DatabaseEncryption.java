package org.callsheet.persistence.encryption;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.callsheet.logic.encryption.ConversionFailedException;
import org.callsheet.logic.encryption.DatabaseEncryption;
import org.callsheet.logic.encryption.DatabasePassword;
import org.callsheet.logic.encryption.EncryptionRefusedException;
import org.callsheet.logic.safety.BackupInfo;
import org.callsheet.logic.safety.BackupKind;
import org.callsheet.logic.safety.BackupRetention;
import org.callsheet.logic.safety.DatabaseSafety;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.persistence.safety.BackupArchive;
import org.callsheet.persistence.safety.BackupFolder;
import org.callsheet.persistence.safety.KnownStateFile;
import org.callsheet.persistence.safety.OpenDatabase;
import org.slf4j.LoggerFactory;

/**
 * Encryption at rest with H2's {@code CIPHER=AES} (ADR 37): a backup first, then the database is
 * closed and its file converted on the side; the known state of ADR 23 keeps its commit and takes
 * the new size, and the backups beside the database follow it to the new key.
 */
public final class H2DatabaseEncryption implements DatabaseEncryption {
    private final Path database;
    private final OpenDatabase open;
    private final DatabaseSafety safety;
    private final Optional<DatabasePassword> current;

    /**
     * @param current the password the database was opened with (empty for a plain database)
     */
    public H2DatabaseEncryption(Path databaseWithoutSuffix, OpenDatabase open, DatabaseSafety safety,
                                Optional<DatabasePassword> current) {
        this.database = databaseWithoutSuffix.toAbsolutePath();
        this.open = open;
        this.safety = safety;
        this.current = current;
    }

    @Override
    public Path file() {
        return database.resolveSibling(database.getFileName() + ".mv.db");
    }

    @Override
    public boolean encrypted() {
        return EncryptedFiles.isEncrypted(file());
    }

    @Override
    public BackupInfo encrypt(DatabasePassword password, BackupRetention retention) {
        if (encrypted()) {
            throw new EncryptionRefusedException(EncryptionRefusedException.Reason.ALREADY_ENCRYPTED);
        }
        return convert(Optional.empty(), Optional.of(FileKey.of(password)), retention);
    }

    @Override
    public BackupInfo changePassword(DatabasePassword newPassword, BackupRetention retention) {
        if (!encrypted()) {
            throw new EncryptionRefusedException(EncryptionRefusedException.Reason.NOT_ENCRYPTED);
        }
        return convert(Optional.of(currentKey()), Optional.of(FileKey.of(newPassword)), retention);
    }

    @Override
    public BackupInfo decrypt(BackupRetention retention) {
        if (!encrypted()) {
            throw new EncryptionRefusedException(EncryptionRefusedException.Reason.NOT_ENCRYPTED);
        }
        return convert(Optional.of(currentKey()), Optional.empty(), retention);
    }

    private FileKey currentKey() {
        return FileKey.of(current.orElseThrow(() -> new StorageUnavailableException(
                StorageUnavailableException.Reason.PASSWORD_NEEDED, file().toString(), null)));
    }

    private BackupInfo convert(Optional<FileKey> from, Optional<FileKey> to, BackupRetention retention) {
        // the backup opens the database, which proves the current password, and keeps the book safe
        BackupInfo before = safety.backup(BackupKind.BEFORE_ENCRYPTION, retention);
        open.close();
        try {
            FileConversion.convert(file(), from, to);
        } catch (RuntimeException e) {
            throw new ConversionFailedException(e);
        }
        KnownStateFile known = KnownStateFile.beside(database);
        known.read().ifPresent(state -> known.write(state.withFileSize(size(file()))));
        convertBackups(from, to);
        return before;
    }

    /**
     * Every backup the old key (or no key) opens follows the database to the new key, so no copy
     * of an encrypted book is left plain beside it; one that does not convert keeps its old key.
     */
    private void convertBackups(Optional<FileKey> from, Optional<FileKey> to) {
        for (Path zip : BackupFolder.of(database).backups()) {
            try {
                BackupArchive.rewriteDatabase(zip, extracted -> {
                    boolean encrypted = EncryptedFiles.isEncrypted(extracted);
                    if (encrypted || to.isPresent()) {
                        FileConversion.convert(extracted, encrypted ? from : Optional.empty(), to);
                    }
                });
            } catch (IOException | RuntimeException e) {
                LoggerFactory.getLogger(H2DatabaseEncryption.class)
                        .warn("The backup {} keeps the key it had: {}", zip, e.getMessage());
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
