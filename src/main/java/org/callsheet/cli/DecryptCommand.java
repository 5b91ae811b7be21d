package org.callsheet.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.callsheet.logic.encryption.DatabaseEncryption;
import org.callsheet.logic.safety.BackupInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code callsheet decrypt --password-file FILE}: stores an encrypted database plain again, after
 * a backup (ADR 37). stdout's last line is {@code decrypted=FILE}.
 */
@Command(name = "decrypt", mixinStandardHelpOptions = true, sortOptions = false)
final class DecryptCommand implements Callable<Integer> {
    private final CliContext context;
    private final EncryptionTexts texts;

    @ParentCommand
    private RootCommand root;

    private DecryptCommand(CliContext context) {
        this.context = context;
        this.texts = new EncryptionTexts(context.messages());
    }

    static CommandLine commandLine(CliContext context) {
        DecryptCommand command = new DecryptCommand(context);
        CommandLine line = new CommandLine(command);
        line.setResourceBundle(command.texts);
        return line;
    }

    @Override
    public Integer call() {
        try (CliEnvironment environment = context.openExisting(root.database())) {
            DatabaseEncryption encryption = environment.encryption();
            Path file = encryption.file();
            if (!encryption.encrypted()) {
                throw new CliFailure(ExitCodes.USAGE, texts.text("decrypt.error.notEncrypted", file));
            }
            BackupInfo before = encryption.decrypt(environment.safetySettings().retention());
            context.err().println(texts.text("decrypt.done", file, before.file()));
            context.out().println("decrypted=" + file);
            return ExitCodes.OK;
        }
    }
}
