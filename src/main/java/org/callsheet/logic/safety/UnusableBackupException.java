package org.callsheet.logic.safety;

import java.nio.file.Path;

/** A backup that does not open as a Callsheet database: it is refused, nothing is changed. */
public final class UnusableBackupException extends RuntimeException {
    private final Path file;

    public UnusableBackupException(Path file, Throwable cause) {
        super("unusable backup: " + file, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The backup is encrypted and the password at hand (if any) does not open it. */
    public boolean needsAnotherPassword() {
        return StorageUnavailableException.in(getCause())
                .map(problem -> problem.reason() == StorageUnavailableException.Reason.PASSWORD_NEEDED
                        || problem.reason() == StorageUnavailableException.Reason.WRONG_PASSWORD)
                .orElse(false);
    }
}
