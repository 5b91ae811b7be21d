package org.callsheet.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.callsheet.logic.safety.StorageUnavailableException;

/** What every command gets from the entry point: where to write, the texts, the environment factory. */
record CliContext(Function<DatabaseChoice, CliEnvironment> environments, CliMessages messages,
                  PrintWriter out, PrintWriter err) {

    /**
     * Opens the environment for the chosen database; a failure to open it is reported as unreadable
     * input (nothing was written).
     */
    /**
     * Opens the environment of a database that must exist already (check, backup, compact,
     * encrypt, decrypt): a {@code --db} that names no database is refused instead of creating an
     * empty one there. A file gone where a book was is the opening's own refusal (lost data).
     */
    CliEnvironment openExisting(DatabaseChoice database) {
        database.path().ifPresent(path -> {
            Path file = path.resolveSibling(path.getFileName() + ".mv.db");
            Path state = path.resolveSibling(path.getFileName() + ".state.properties");
            if (!Files.exists(file) && !Files.exists(state)) {
                throw new CliFailure(ExitCodes.USAGE, messages.get("error.noDatabase", path, file));
            }
        });
        return open(database);
    }

    CliEnvironment open(DatabaseChoice database) {
        try {
            return environments.apply(database);
        } catch (StorageUnavailableException e) {
            throw new CliFailure(ExitCodes.USAGE, new SafetyTexts(messages).sentence(e, false));
        } catch (RuntimeException e) {
            String where = database.path().map(Path::toString).orElse(messages.get("database.default"));
            throw new CliFailure(ExitCodes.USAGE, messages.get("error.database", where, CliFailureText.describe(e)));
        }
    }
}
