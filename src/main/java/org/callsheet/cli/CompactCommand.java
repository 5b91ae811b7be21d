package org.callsheet.cli;

import java.util.concurrent.Callable;
import org.callsheet.logic.safety.CompactResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code callsheet compact}: rewrites the database file without its dead space (H2's SHUTDOWN
 * COMPACT). stdout's last line is {@code before=BYTES after=BYTES}.
 */
@Command(name = "compact", mixinStandardHelpOptions = true, sortOptions = false)
final class CompactCommand implements Callable<Integer> {
    private final CliContext context;
    private final SafetyTexts texts;

    @ParentCommand
    private RootCommand root;

    private CompactCommand(CliContext context) {
        this.context = context;
        this.texts = new SafetyTexts(context.messages());
    }

    static CommandLine commandLine(CliContext context) {
        CompactCommand command = new CompactCommand(context);
        CommandLine line = new CommandLine(command);
        line.setResourceBundle(command.texts);
        return line;
    }

    @Override
    public Integer call() {
        try (CliEnvironment environment = context.openExisting(root.database())) {
            // opened first, so a file that is refused is refused in its one sentence alone
            environment.safetySettings();
            context.err().println(texts.text("compact.working"));
            context.err().flush();
            CompactResult result = environment.safety().compact();
            context.err().println(texts.text("compact.done", SafetyFormat.megabytes(result.before()),
                    SafetyFormat.megabytes(result.after())));
            context.out().println("before=" + result.before() + " after=" + result.after());
            return ExitCodes.OK;
        }
    }
}
