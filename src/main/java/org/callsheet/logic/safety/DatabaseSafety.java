package org.callsheet.logic.safety;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Backups, restore, the consistency check and compaction of the customer book's database (ADR 24).
 * Backups are consistent copies taken while the database is open, never copies of the open file.
 */
public interface DatabaseSafety {

    /** Takes a backup into the backups folder, then deletes those {@code retention} no longer keeps. */
    BackupInfo backup(BackupKind kind, BackupRetention retention);

    /**
     * False only when the newest backup in the backups folder is known to hold the book as it is
     * now (nothing written since it was taken, here or by another run).
     */
    boolean changedSinceNewestBackup();

    /** Takes a backup into {@code file} (a zip), outside the rolling backups. */
    BackupInfo backupTo(Path file);

    /** The backups beside the database, newest first. */
    List<BackupInfo> backups();

    /** The newest backup's time, if any: a daily backup is due when it is from an earlier day. */
    default java.util.Optional<BackupInfo> newestBackup() {
        return backups().stream().findFirst();
    }

    /** Opens a backup on the side and counts it; {@link UnusableBackupException} when it does not open. */
    BackupContents inspect(Path backup);

    /** What the current book holds. */
    BookCounts currentCounts();

    /**
     * Replaces the book by a checked backup: takes a backup of the current book first (or keeps the
     * current file beside the backups when it cannot be opened; then null is returned when there was
     * no file at all), closes it and puts the backup in
     * its place. The caller restarts what used the database.
     */
    BackupInfo restore(BackupContents checked, BackupRetention retention);

    /** Compacts the file: closes the database with H2's SHUTDOWN COMPACT; the caller reopens it. */
    CompactResult compact();

    /** Asks for the compaction when the database closes (the window's "Compact on exit"). */
    void compactOnExit();

    /** Reads every row of every table, then counts the book; {@code rows} hears how far it got. */
    CheckReport check(LongConsumer rows);
}
