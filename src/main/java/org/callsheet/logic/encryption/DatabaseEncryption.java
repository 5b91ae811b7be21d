package org.callsheet.logic.encryption;

import org.callsheet.logic.safety.BackupInfo;
import org.callsheet.logic.safety.BackupRetention;

/**
 * Encryption at rest of the customer book's database file (ADR 37). Each change takes a backup
 * first, closes the database, converts the file on the side and puts it in place only when the
 * converted file opens with the new key; on any failure the file is left exactly as it was. The
 * caller starts over with the database closed (the window restarts itself, a command ends).
 */
public interface DatabaseEncryption {

    /** The database file. */
    java.nio.file.Path file();

    /** Whether the database file is encrypted now. */
    boolean encrypted();

    /** Encrypts a plain database with {@code password}; returns the backup taken first. */
    BackupInfo encrypt(DatabasePassword password, BackupRetention retention);

    /** Gives an encrypted database a new password; returns the backup taken first. */
    BackupInfo changePassword(DatabasePassword newPassword, BackupRetention retention);

    /** Stores an encrypted database plain again; returns the backup taken first. */
    BackupInfo decrypt(BackupRetention retention);
}
