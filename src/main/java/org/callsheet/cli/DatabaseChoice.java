package org.callsheet.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.callsheet.logic.encryption.DatabasePassword;

/**
 * The database a command works on ({@code --db}, empty for the default) and the password of an
 * encrypted one ({@code --password-file}, used only when the file is encrypted).
 */
public record DatabaseChoice(Optional<Path> path, Optional<DatabasePassword> password) {
    public static DatabaseChoice of(Optional<Path> path) {
        return new DatabaseChoice(path, Optional.empty());
    }
}
