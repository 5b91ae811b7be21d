package org.callsheet.persistence;

/** The database could not be opened or written. */
public final class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
