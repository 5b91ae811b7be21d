package org.callsheet.cli;

import org.callsheet.logic.safety.StorageUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Failures while a command runs: one sentence on stderr, never a stack trace. A {@link CliFailure}
 * carries its own exit code; anything else may have left work half done, so it exits with 1.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    private final CliContext context;

    FailureHandler(CliContext context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        if (ex instanceof CliFailure failure) {
            context.err().println(failure.getMessage());
            context.err().flush();
            return failure.exitCode();
        }
        var storage = StorageUnavailableException.in(ex);
        if (storage.isPresent()) {
            // a damaged file or a full disk: what to do about it, nothing was written (exit 2)
            boolean duringImport = "import".equals(command.getCommandName());
            context.err().println(new SafetyTexts(context.messages()).sentence(storage.get(), duringImport));
            context.err().flush();
            return ExitCodes.USAGE;
        }
        context.err().println(context.messages().get("error.failed", CliFailureText.describe(ex)));
        context.err().flush();
        return ExitCodes.PARTIAL;
    }
}
