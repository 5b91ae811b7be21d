package org.callsheet.persistence;

/** A database operation failed for a reason the user cannot act on (a bug or a broken file). */
public final class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
