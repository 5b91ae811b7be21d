package org.callsheet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Entry point of the command line. The application passes a factory that opens its environment
 * for the chosen database ({@code --db}, empty for the default); tests pass a fake one.
 */
public final class CallsheetCli {
    private CallsheetCli() {
    }

    /** Runs the command line in the default locale and returns the process exit code. */
    public static int run(String[] args, Function<DatabaseChoice, CliEnvironment> environments,
                          PrintWriter out, PrintWriter err) {
        return run(args, environments, out, err, Locale.getDefault());
    }

    /** Runs the command line on the process's standard output and error; returns the exit code. */
    public static int runOnConsole(String[] args, Function<DatabaseChoice, CliEnvironment> environments) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.Charset.forName(
                System.getProperty("stdout.encoding", "UTF-8"))), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.Charset.forName(
                System.getProperty("stderr.encoding", "UTF-8"))), true);
        return run(args, environments, out, err);
    }

    /**
     * Tells on standard error, in one sentence, that the window cannot open here (no display or no
     * GTK 3); returns the exit code for it.
     */
    public static int reportNoDisplay(Locale locale) {
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.Charset.forName(
                System.getProperty("stderr.encoding", "UTF-8"))), true);
        err.println(new CliMessages(locale).get("error.noDisplay"));
        return ExitCodes.USAGE;
    }

    /**
     * Says in one sentence on standard error why the database cannot be used (the window's start
     * when another start holds it) and returns the exit code for it.
     */
    public static int reportStorageProblem(org.callsheet.logic.safety.StorageUnavailableException problem,
                                           Locale locale) {
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.Charset.forName(
                System.getProperty("stderr.encoding", "UTF-8"))), true);
        err.println(new SafetyTexts(new CliMessages(locale)).sentence(problem, false));
        return ExitCodes.USAGE;
    }

    /** Runs the command line with texts in the given locale and returns the process exit code. */
    public static int run(String[] args, Function<DatabaseChoice, CliEnvironment> environments,
                          PrintWriter out, PrintWriter err, Locale locale) {
        CliContext context = new CliContext(environments, new CliMessages(locale), out, err);
        CommandLine commandLine = new CommandLine(new RootCommand(context));
        commandLine.addSubcommand(new DemoCommand(context));
        commandLine.addSubcommand(new ClassifyCommand(context));
        commandLine.addSubcommand(new ImportCommand(context));
        commandLine.addSubcommand(new ExportCommand(context));
        commandLine.setResourceBundle(context.messages().bundle());
        commandLine.addSubcommand(AgendaCommand.commandLine(context));
        commandLine.addSubcommand(PlanVisitsCommand.commandLine(context));
        commandLine.addSubcommand(ProfileCommand.commandLine(context));
        commandLine.addSubcommand(SearchCommand.commandLine(context));
        commandLine.addSubcommand(HistoryCommand.commandLine(context));
        commandLine.addSubcommand(BackupCommand.commandLine(context));
        commandLine.addSubcommand(RestoreCommand.commandLine(context));
        commandLine.addSubcommand(CheckCommand.commandLine(context));
        commandLine.addSubcommand(CompactCommand.commandLine(context));
        commandLine.addSubcommand(EncryptCommand.commandLine(context));
        commandLine.addSubcommand(DecryptCommand.commandLine(context));
        commandLine.addSubcommand(ReportCommand.commandLine(context));
        CliVersion version = new CliVersion(context.messages());
        commandLine.getCommandSpec().versionProvider(version);
        commandLine.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(version));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler(context));
        commandLine.setExecutionExceptionHandler(new FailureHandler(context));
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // picocli hands on errors (not exceptions); the user still gets one sentence
            err.println(context.messages().get("error.failed", CliFailureText.describe(e)));
            return ExitCodes.PARTIAL;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
