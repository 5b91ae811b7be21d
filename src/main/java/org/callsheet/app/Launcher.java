package org.callsheet.app;

import org.callsheet.cli.CallsheetCli;

/**
 * The program's entry point (no JavaFX Application subclass, so a plain jar can start it): the
 * window when started without a command, the command line otherwise.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        LaunchRequest request = LaunchRequest.of(args);
        if (request.window()) {
            System.exit(WindowLauncher.start(request.database().orElseGet(DataLocation::defaultDatabase)));
        }
        System.exit(CallsheetCli.runOnConsole(args, AppCliEnvironment::open));
    }
}
