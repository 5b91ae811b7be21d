package org.callsheet.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Words what picocli found wrong with a command line in the user's language. picocli's own
 * messages are English; a problem raised by our commands is already worded and kept as it is.
 */
final class UsageProblem {
    private UsageProblem() {
    }

    static String describe(ParameterException ex, CliMessages messages) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return messages.get("error.usage.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (ex instanceof MissingParameterException missing) {
            // an option given without its value, not a required one left out
            boolean valueMissing = missing.getMessage() != null
                    && missing.getMessage().startsWith("Missing required parameter for option");
            return messages.get(valueMissing ? "error.usage.missingValue" : "error.usage.missing",
                    names(missing.getMissing()));
        }
        if (ex instanceof OverwrittenOptionException overwritten) {
            return messages.get("error.usage.twice", name(overwritten.getOverwritten()));
        }
        if (ex.getClass() == ParameterException.class && ex.getArgSpec() == null) {
            return CliFailureText.oneLine(ex.getMessage() == null ? "" : ex.getMessage());
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return messages.get("error.usage.value", ex.getValue(), name(ex.getArgSpec()));
        }
        if (ex.getArgSpec() != null) {
            return messages.get("error.usage.argument", name(ex.getArgSpec()));
        }
        return messages.get("error.usage.unreadable");
    }

    private static String names(List<ArgSpec> specs) {
        return specs.stream().map(UsageProblem::name).collect(Collectors.joining(", "));
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }
}
