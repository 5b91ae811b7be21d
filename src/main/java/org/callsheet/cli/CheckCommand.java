package org.callsheet.cli;

import java.util.concurrent.Callable;
import org.callsheet.logic.safety.CheckReport;
import org.callsheet.logic.safety.StorageUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code callsheet check}: opens the database, reads every row of every table and counts the book.
 * Exit 0 when sound (stdout: {@code sound customers=N ...}), 1 when damaged (what is damaged on
 * stderr), 2 when it cannot be checked now (open in the window).
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false)
final class CheckCommand implements Callable<Integer> {
    private final CliContext context;
    private final SafetyTexts texts;

    @ParentCommand
    private RootCommand root;

    private CheckCommand(CliContext context) {
        this.context = context;
        this.texts = new SafetyTexts(context.messages());
    }

    static CommandLine commandLine(CliContext context) {
        CheckCommand command = new CheckCommand(context);
        CommandLine line = new CommandLine(command);
        line.setResourceBundle(command.texts);
        return line;
    }

    @Override
    public Integer call() {
        try (CliEnvironment environment = context.openExisting(root.database())) {
            CheckReport report = environment.safety().check(rows -> {
                context.err().println(texts.text("check.progress", rows));
                context.err().flush();
            });
            if (report.sound()) {
                context.err().println(texts.text("check.sound", report.rowsRead()));
                context.out().println("sound " + SafetyFormat.counts(report.counts()));
                return ExitCodes.OK;
            }
            for (String part : report.damaged()) {
                context.err().println(texts.text("check.damagedPart", part));
            }
            context.out().println("damaged=" + report.damaged().size());
            return ExitCodes.PARTIAL;
        } catch (RuntimeException e) {
            StorageUnavailableException problem = StorageUnavailableException.in(e).orElseThrow(() -> e);
            return switch (problem.reason()) {
                case LOST_DATA, DAMAGED, UNREADABLE -> {
                    context.err().println(texts.sentence(problem, false));
                    context.out().println("damaged=1");
                    yield ExitCodes.PARTIAL;
                }
                default -> throw e;
            };
        }
    }
}
