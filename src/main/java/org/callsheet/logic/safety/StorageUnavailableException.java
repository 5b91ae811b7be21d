package org.callsheet.logic.safety;

/**
 * The database could not be opened. The reason lets the command line and the window say in the
 * user's language what happened and what to do.
 */
public final class StorageUnavailableException extends RuntimeException {

    public enum Reason {
        /** Another Callsheet (or another program) has the database open. */
        IN_USE,
        /** The file is not a Callsheet database, is damaged, or was written by a newer version. */
        UNREADABLE,
        /** The folder cannot be created or written. */
        NOT_WRITABLE
    }

    private final Reason reason;
    private final String location;

    public StorageUnavailableException(Reason reason, String location, Throwable cause) {
        super(reason + ": " + location, cause);
        this.reason = reason;
        this.location = location;
    }

    public Reason reason() {
        return reason;
    }

    public String location() {
        return location;
    }
}
