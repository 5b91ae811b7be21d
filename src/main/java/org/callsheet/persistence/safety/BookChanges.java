package org.callsheet.persistence.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * Whether the book changed since the newest backup in the backups folder (ADR 40), so that closing
 * a large book takes no backup when the newest one already holds it. Within a run the writes are
 * counted; across runs, a database closed right after a backup, with nothing written since, leaves
 * its store version in {@code backups/NAME.newest-backup.version}: a later open that finds the file
 * at that version knows the newest backup holds the book. Any doubt counts as a change.
 */
public final class BookChanges {
    private static final String SUFFIX = ".newest-backup.version";

    private final Path marker;
    private final boolean inNewestBackupAtOpen;
    private final AtomicLong writes = new AtomicLong();
    private volatile long writesAtBackup = -1;

    private BookChanges(Path marker, boolean inNewestBackupAtOpen) {
        this.marker = marker;
        this.inNewestBackupAtOpen = inNewestBackupAtOpen;
    }

    /** What is known when the file opens at {@code version} (empty: new or not readable). */
    public static BookChanges atOpen(Path databaseWithoutSuffix, Optional<Long> version) {
        Path marker = markerOf(databaseWithoutSuffix);
        Optional<Long> backedUp = read(marker);
        return new BookChanges(marker, version.isPresent() && backedUp.equals(version));
    }

    /** Nothing is known of a database kept in memory: always changed. */
    public static BookChanges unknown() {
        return new BookChanges(null, false);
    }

    private static Path markerOf(Path databaseWithoutSuffix) {
        BackupFolder folder = BackupFolder.of(databaseWithoutSuffix);
        return folder.folder().resolve(folder.databaseName() + SUFFIX);
    }

    /** The book was written (a statement, a migration). */
    public void wrote() {
        writes.incrementAndGet();
    }

    /** Taken just before a backup into the backups folder starts; see {@link #backedUp}. */
    public long mark() {
        return writes.get();
    }

    /** The backup begun at {@code mark} is done: it holds every write counted before the mark. */
    public void backedUp(long mark) {
        writesAtBackup = mark;
    }

    /** True unless the newest backup is known to hold everything the book holds now. */
    public boolean sinceNewestBackup() {
        long atBackup = writesAtBackup;
        if (atBackup >= 0) {
            return writes.get() != atBackup;
        }
        return !inNewestBackupAtOpen || writes.get() != 0;
    }

    /**
     * After the close: the file's version when the newest backup holds the book, else no marker.
     * The marker is written only once the file is closed and its version read.
     */
    public void recordClosed(Optional<Long> versionAfterClose) {
        if (marker == null) {
            return;
        }
        try {
            if (versionAfterClose.isPresent() && !sinceNewestBackup()) {
                Files.createDirectories(marker.getParent());
                Files.writeString(marker, Long.toString(versionAfterClose.get()), StandardCharsets.US_ASCII);
            } else {
                Files.deleteIfExists(marker);
            }
        } catch (IOException e) {
            // without the marker the next exit simply takes its backup
            LoggerFactory.getLogger(BookChanges.class).warn("The newest backup's marker could not be kept", e);
        }
    }

    private static Optional<Long> read(Path marker) {
        try {
            return Optional.of(Long.parseLong(Files.readString(marker, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException missingOrUnreadable) {
            return Optional.empty();
        }
    }
}
