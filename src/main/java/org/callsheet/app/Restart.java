package org.callsheet.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Starts Callsheet anew the way this one was started (same program, same arguments), then ends
 * this one: after a restore the window must open on the restored database.
 */
final class Restart {
    private Restart() {
    }

    static void now() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<String> command = info.command();
        Optional<String[]> arguments = info.arguments();
        if (command.isPresent() && arguments.isPresent()) {
            List<String> line = new ArrayList<>();
            line.add(command.get());
            line.addAll(List.of(arguments.get()));
            try {
                new ProcessBuilder(line).inheritIO().start();
            } catch (IOException e) {
                // the restore is done either way; the user starts Callsheet by hand
                LoggerFactory.getLogger(Restart.class).warn("Callsheet could not start itself again", e);
            }
        }
        // the restored database is closed and in place: nothing may write to it from this process
        Runtime.getRuntime().halt(0);
    }
}
