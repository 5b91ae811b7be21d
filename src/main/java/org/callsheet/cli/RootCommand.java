package org.callsheet.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code callsheet}: the global options; the work is done by its subcommands. */
@Command(name = "callsheet", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE,
        sortOptions = false, usageHelpAutoWidth = true)
final class RootCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--db", paramLabel = "PATH", descriptionKey = "db", scope = ScopeType.INHERIT,
            converter = DatabasePathConverter.class)
    private Path database;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "passwordFile",
            scope = ScopeType.INHERIT)
    private Path passwordFile;

    RootCommand(CliContext context) {
        this.context = context;
    }

    /** The chosen database and, when {@code --password-file} was given, the password read from it. */
    DatabaseChoice database() {
        return new DatabaseChoice(Optional.ofNullable(database), password());
    }

    /** The password of {@code --password-file}; a file that holds none is refused (exit 2). */
    Optional<org.callsheet.logic.encryption.DatabasePassword> password() {
        return Optional.ofNullable(passwordFile).map(file -> PasswordFile.read(file,
                new CommandTexts(context.messages(), EncryptionTexts.ENCRYPTION)));
    }

    /** Without a subcommand there is nothing to do: say so, as for any other bad usage. */
    @Override
    public Integer call() {
        context.err().println(context.messages().get("error.noCommand"));
        context.err().flush();
        return ExitCodes.USAGE;
    }
}
