package org.callsheet.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** Bad command lines: one sentence on stderr naming the problem and where help is, exit code 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {
    private final CliContext context;

    UsageErrorHandler(CliContext context) {
        this.context = context;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        String problem = UsageProblem.describe(ex, context.messages());
        context.err().println(context.messages().get("error.usage", problem,
                command.getCommandSpec().qualifiedName()));
        context.err().flush();
        return ExitCodes.USAGE;
    }
}
