package org.callsheet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.callsheet.logic.safety.BackupContents;
import org.callsheet.logic.safety.BackupInfo;
import org.callsheet.logic.safety.BookCounts;
import org.callsheet.logic.safety.DatabaseSafety;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.logic.safety.UnusableBackupException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code callsheet restore FILE}: checks that the backup opens, shows its counts beside the current
 * ones, backs up the current database and puts the backup in its place. Refused (exit 2) while the
 * window has the database open, and for a backup that does not open.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false)
final class RestoreCommand implements Callable<Integer> {
    private final CliContext context;
    private final SafetyTexts texts;

    @ParentCommand
    private RootCommand root;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "restore.file")
    private Path file;

    private RestoreCommand(CliContext context) {
        this.context = context;
        this.texts = new SafetyTexts(context.messages());
    }

    static CommandLine commandLine(CliContext context) {
        RestoreCommand command = new RestoreCommand(context);
        CommandLine line = new CommandLine(command);
        line.setResourceBundle(command.texts);
        return line;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("restore.error.missing", file));
        }
        try (CliEnvironment environment = context.open(root.database())) {
            DatabaseSafety safety = environment.safety();
            BackupContents backup = safety.inspect(file);
            Optional<BookCounts> current = currentCounts(safety);
            context.err().println(texts.text("restore.compare", SafetyFormat.counts(backup.counts()),
                    current.map(SafetyFormat::counts).orElse(texts.text("restore.currentUnreadable"))));
            BackupInfo before = safety.restore(backup, retention(environment, current.isPresent()));
            context.err().println(before == null ? texts.text("restore.done", file)
                    : texts.text("restore.doneAfterBackup", file, before.file()));
            context.out().println("restored=" + file.toAbsolutePath());
            return ExitCodes.OK;
        } catch (UnusableBackupException e) {
            throw new CliFailure(ExitCodes.USAGE, texts.text(e.needsAnotherPassword() ? "restore.error.password"
                    : "restore.error.unusable", e.file()));
        }
    }

    /** The current book's counts, or empty when it does not open (which is why one restores). */
    private static Optional<BookCounts> currentCounts(DatabaseSafety safety) {
        try {
            return Optional.of(safety.currentCounts());
        } catch (StorageUnavailableException e) {
            if (e.reason() == StorageUnavailableException.Reason.IN_USE) {
                throw e;
            }
            return Optional.empty();
        }
    }

    private static org.callsheet.logic.safety.BackupRetention retention(CliEnvironment environment, boolean opens) {
        return opens ? environment.safetySettings().retention() : org.callsheet.logic.safety.BackupRetention.DEFAULT;
    }
}
