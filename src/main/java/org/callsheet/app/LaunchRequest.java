package org.callsheet.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the user asked for on the command line: the window (no arguments, or only {@code --db PATH})
 * or a command. Anything else is left to the command line to parse and explain.
 */
record LaunchRequest(boolean window, Optional<Path> database) {

    static LaunchRequest of(String[] args) {
        if (args.length == 0) {
            return new LaunchRequest(true, Optional.empty());
        }
        if (args.length == 2 && args[0].equals("--db") && !args[1].isBlank()) {
            return new LaunchRequest(true, Optional.of(DatabasePaths.withoutSuffix(args[1])));
        }
        if (args.length == 1 && args[0].startsWith("--db=") && args[0].length() > 5) {
            return new LaunchRequest(true, Optional.of(DatabasePaths.withoutSuffix(args[0].substring(5))));
        }
        return new LaunchRequest(false, Optional.empty());
    }
}
