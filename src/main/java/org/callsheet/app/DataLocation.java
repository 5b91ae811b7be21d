package org.callsheet.app;

import dev.dirs.ProjectDirectories;
import java.nio.file.Path;

/**
 * Where the default database lives: the platform's user data folder (Linux
 * ~/.local/share/callsheet, Windows %APPDATA%, macOS ~/Library/Application Support).
 */
final class DataLocation {
    private DataLocation() {
    }

    static Path defaultDatabase() {
        String override = System.getProperty("callsheet.home");
        Path folder = override != null ? Path.of(override)
                : Path.of(ProjectDirectories.from("org", "Callsheet", "callsheet").dataDir);
        return folder.resolve("callsheet");
    }
}
