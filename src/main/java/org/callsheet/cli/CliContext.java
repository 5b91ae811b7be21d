package org.callsheet.cli;

import java.io.PrintWriter;
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
