package org.callsheet.logic.safety;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The database could not be opened, or stopped being usable while working. The reason and the
 * facts beside it let the command line and the window say in the user's language what happened
 * and what to do.
 */
public final class StorageUnavailableException extends RuntimeException {

    public enum Reason {
        /** Another Callsheet (or another program) has the database open. */
        IN_USE,
        /** The file is not a Callsheet database, is damaged, or was written by a newer version. */
        UNREADABLE,
        /** The folder cannot be created or written. */
        NOT_WRITABLE,
        /** The file holds less than it did when Callsheet last had it: cut short or gone back in time. */
        LOST_DATA,
        /** Part of the file cannot be read: a damaged page. */
        DAMAGED,
        /** The disk ran full while writing; the unfinished work was rolled back. */
        DISK_FULL,
        /** The file is encrypted and no password was given (ADR 37). */
        PASSWORD_NEEDED,
        /** The file is encrypted and the password given does not open it. */
        WRONG_PASSWORD
    }

    /**
     * What is known beside the reason: the state Callsheet last saw the database in, the newest
     * backup beside it, and (for a full disk) how much room the work would need.
     */
    /**
     * @param missingFileState when the file itself is gone (or empty) where a book was: the
     *                         known-state file whose removal accepts starting an empty one there
     */
    public record Facts(Optional<KnownState> lastKnown, Optional<Path> newestBackup, long bytesToFree,
                        Optional<Path> missingFileState) {
        public static final Facts NONE = new Facts(Optional.empty(), Optional.empty(), 0);

        public Facts(Optional<KnownState> lastKnown, Optional<Path> newestBackup, long bytesToFree) {
            this(lastKnown, newestBackup, bytesToFree, Optional.empty());
        }

        public Facts withNewestBackup(Optional<Path> backup) {
            return new Facts(lastKnown, backup, bytesToFree, missingFileState);
        }

        /** The same facts of a file that is missing or empty; {@code knownStateFile} lies beside it. */
        public Facts asMissingFile(Path knownStateFile) {
            return new Facts(lastKnown, newestBackup, bytesToFree, Optional.of(knownStateFile));
        }
    }

    private final Reason reason;
    private final String location;
    private final Facts facts;

    public StorageUnavailableException(Reason reason, String location, Throwable cause) {
        this(reason, location, cause, Facts.NONE);
    }

    public StorageUnavailableException(Reason reason, String location, Throwable cause, Facts facts) {
        super(reason + ": " + location, cause);
        this.reason = reason;
        this.location = location;
        this.facts = facts;
    }

    public Reason reason() {
        return reason;
    }

    public String location() {
        return location;
    }

    public Facts facts() {
        return facts;
    }

    /** The storage problem behind {@code failure}, if one is among its causes. */
    public static Optional<StorageUnavailableException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StorageUnavailableException storage) {
                return Optional.of(storage);
            }
        }
        return Optional.empty();
    }
}
