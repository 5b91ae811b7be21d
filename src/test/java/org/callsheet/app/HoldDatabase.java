package org.callsheet.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.callsheet.persistence.Database;

/** Another process holding a database open, as a second running Callsheet would. */
public final class HoldDatabase {
    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(Path.of(args[0]))) {
            Files.writeString(Path.of(args[1]), "open");
            Thread.sleep(60_000);
        }
    }
}
