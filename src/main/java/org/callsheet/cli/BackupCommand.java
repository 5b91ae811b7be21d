package org.callsheet.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.callsheet.logic.safety.BackupInfo;
import org.callsheet.logic.safety.BackupKind;
import org.callsheet.logic.safety.DatabaseSafety;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code callsheet backup [--to FILE]}: a consistent backup while the database is open, into the
 * rolling backups beside it or into FILE. stdout's last line is {@code backup=FILE}.
 */
@Command(name = "backup", mixinStandardHelpOptions = true, sortOptions = false)
final class BackupCommand implements Callable<Integer> {
    private final CliContext context;
    private final SafetyTexts texts;

    @ParentCommand
    private RootCommand root;

    @Option(names = "--to", paramLabel = "FILE", descriptionKey = "backup.option.to")
    private Path to;

    private BackupCommand(CliContext context) {
        this.context = context;
        this.texts = new SafetyTexts(context.messages());
    }

    static CommandLine commandLine(CliContext context) {
        BackupCommand command = new BackupCommand(context);
        CommandLine line = new CommandLine(command);
        line.setResourceBundle(command.texts);
        return line;
    }

    @Override
    public Integer call() {
        try (CliEnvironment environment = context.openExisting(root.database())) {
            DatabaseSafety safety = environment.safety();
            BackupInfo taken = to != null ? safety.backupTo(to)
                    : safety.backup(BackupKind.MANUAL, environment.safetySettings().retention());
            context.err().println(texts.text("backup.done", taken.file(), SafetyFormat.megabytes(taken.size())));
            context.out().println("backup=" + taken.file());
            return ExitCodes.OK;
        }
    }
}
