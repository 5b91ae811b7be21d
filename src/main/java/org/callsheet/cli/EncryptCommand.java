package org.callsheet.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.callsheet.logic.encryption.DatabaseEncryption;
import org.callsheet.logic.encryption.DatabasePassword;
import org.callsheet.logic.encryption.PasswordRules;
import org.callsheet.logic.safety.BackupInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code callsheet encrypt --password-file FILE}: encrypts the database with the password in FILE
 * (ADR 37); with {@code --new-password-file NEW} an encrypted one gets a new password. A backup is
 * taken first. stdout's last line is {@code encrypted=FILE}.
 */
@Command(name = "encrypt", mixinStandardHelpOptions = true, sortOptions = false)
final class EncryptCommand implements Callable<Integer> {
    private final CliContext context;
    private final EncryptionTexts texts;

    @ParentCommand
    private RootCommand root;

    @Option(names = "--new-password-file", paramLabel = "FILE", descriptionKey = "encrypt.option.newPasswordFile")
    private Path newPasswordFile;

    private EncryptCommand(CliContext context) {
        this.context = context;
        this.texts = new EncryptionTexts(context.messages());
    }

    static CommandLine commandLine(CliContext context) {
        EncryptCommand command = new EncryptCommand(context);
        CommandLine line = new CommandLine(command);
        line.setResourceBundle(command.texts);
        return line;
    }

    @Override
    public Integer call() {
        DatabaseChoice choice = root.database();
        Optional<DatabasePassword> fresh = Optional.ofNullable(newPasswordFile).map(f -> PasswordFile.read(f, texts));
        try (CliEnvironment environment = context.openExisting(choice)) {
            DatabaseEncryption encryption = environment.encryption();
            Path file = encryption.file();
            BackupInfo before;
            if (encryption.encrypted()) {
                DatabasePassword next = fresh.orElseThrow(() ->
                        new CliFailure(ExitCodes.USAGE, texts.text("encrypt.error.already", file)));
                before = encryption.changePassword(longEnough(next), environment.safetySettings().retention());
                context.err().println(texts.text("encrypt.changed", file, before.file()));
            } else {
                DatabasePassword password = fresh.or(choice::password).orElseThrow(() ->
                        new CliFailure(ExitCodes.USAGE, texts.text("encrypt.error.noPassword", file)));
                before = encryption.encrypt(longEnough(password), environment.safetySettings().retention());
                context.err().println(texts.text("encrypt.done", file, before.file()));
            }
            context.out().println("encrypted=" + file);
            return ExitCodes.OK;
        }
    }

    private DatabasePassword longEnough(DatabasePassword password) {
        char[] chars = password.chars();
        try {
            if (PasswordRules.tooShort(chars)) {
                throw new CliFailure(ExitCodes.USAGE, texts.text("password.error.short", PasswordRules.MIN_LENGTH));
            }
            return password;
        } finally {
            java.util.Arrays.fill(chars, '\0');
        }
    }
}
