package org.callsheet.persistence.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.nio.file.Path;
import java.util.Optional;
import org.callsheet.logic.safety.BookCounts;
import org.callsheet.logic.safety.KnownState;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.logic.safety.StorageUnavailableException.Facts;
import org.callsheet.logic.safety.StorageUnavailableException.Reason;
import org.callsheet.persistence.encryption.FileKey;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * Looks at a database file before anything opens it for writing (ADR 23). A file that holds
 * nothing, or whose newest commit is older than the one Callsheet last saw, has lost data: it is
 * refused before H2, Flyway or a close could write to it, and the file stays exactly as it is.
 */
public final class OpeningGuard {
    /** Every H2 storage file starts with its header, {@code H:2,...}. */
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private final Path database;
    private final KnownStateFile knownState;
    private final BackupFolder backups;
    private final StorageFailures failures;
    private final Optional<FileKey> key;

    public OpeningGuard(Path databaseWithoutSuffix) {
        this(databaseWithoutSuffix, Optional.empty());
    }

    /** The guard of a file encrypted with {@code key}, or of a plain one when empty (ADR 37). */
    public OpeningGuard(Path databaseWithoutSuffix, Optional<FileKey> key) {
        this.key = key;
        this.database = databaseWithoutSuffix.toAbsolutePath();
        this.knownState = KnownStateFile.beside(database);
        this.backups = BackupFolder.of(database);
        this.failures = new StorageFailures(database);
    }

    public StorageFailures failures() {
        return failures;
    }

    public Path file() {
        return database.resolveSibling(database.getFileName() + ".mv.db");
    }

    /**
     * Checks the file; returns the version of its newest commit, or empty when there is no file yet
     * or this JVM already has it open (H2 then shares the open database).
     */
    public Optional<Long> check() {
        Path file = file();
        Optional<KnownState> known = knownState.read();
        if (!Files.exists(file) || sizeOf(file) == 0) {
            // no file (or an empty one) is a new database, unless Callsheet last saw a book here
            if (known.map(k -> !k.counts().equals(BookCounts.NONE)).orElse(false)) {
                throw new StorageUnavailableException(Reason.LOST_DATA, file.toString(), null,
                        facts(known).asMissingFile(knownState.file()));
            }
            return Optional.empty();
        }
        StoreInspection inspection;
        try {
            inspection = StoreInspection.of(file, key);
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                // another process: the JDBC open says so; this process: H2 shares what is open
                return Optional.empty();
            }
            if (key.isPresent() && !shorterThanKnown(file, known) && !StoreInspection.keyReadsAChunk(file, key.get())) {
                // with the wrong key H2 decrypts noise and finds no store header in it
                throw new StorageUnavailableException(Reason.WRONG_PASSWORD, file.toString(), e, facts(known));
            }
            throw new StorageUnavailableException(unreadable(file, known), file.toString(), e, facts(known));
        }
        if (inspection.holdsNothing() || known.map(k -> k.isNewerThan(inspection.version())).orElse(false)) {
            throw new StorageUnavailableException(Reason.LOST_DATA, file.toString(), null, facts(known));
        }
        return Optional.of(inspection.version());
    }

    /**
     * Why a file H2 cannot read is refused: not an H2 file at all; shorter than when last seen
     * (cut short); else damaged.
     */
    private Reason unreadable(Path file, Optional<KnownState> known) {
        if (key.isPresent()) {
            return shorterThanKnown(file, known) ? Reason.LOST_DATA : Reason.DAMAGED;
        }
        byte[] start = new byte[H2_HEADER.length];
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            if (in.readNBytes(start, 0, start.length) < start.length || !Arrays.equals(start, H2_HEADER)) {
                return Reason.UNREADABLE;
            }
        } catch (IOException e) {
            return Reason.UNREADABLE;
        }
        return known.map(k -> size < k.fileSize()).orElse(false) ? Reason.LOST_DATA : Reason.DAMAGED;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean shorterThanKnown(Path file, Optional<KnownState> known) {
        try {
            long size = Files.size(file);
            return known.map(k -> size < k.fileSize()).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    private Facts facts(Optional<KnownState> known) {
        return new Facts(known, backups.newest(), 0);
    }

    /**
     * Reads the version of the closed file's newest commit, or empty when the file cannot be read
     * now (still open in this JVM); used after a close.
     */
    public Optional<Long> versionAfterClose() {
        try {
            return Optional.of(StoreInspection.of(file(), key).version());
        } catch (MVStoreException stillOpenOrUnreadable) {
            return Optional.empty();
        }
    }

    public KnownStateFile knownState() {
        return knownState;
    }

}
