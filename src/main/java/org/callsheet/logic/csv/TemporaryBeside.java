package org.callsheet.logic.csv;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A temporary file in the target's folder, to be moved onto the target once it is complete. It
 * is created with the usual mode of a new file (the user's umask), unlike
 * {@link Files#createTempFile}, whose owner-only mode the moved file would keep.
 */
public final class TemporaryBeside {
    private TemporaryBeside() {
    }

    public static Path create(Path target, String prefix) throws IOException {
        // the folder must exist: a mistyped one is the user's to fix, not to be made
        Path folder = target.toAbsolutePath().getParent();
        while (true) {
            try {
                return Files.createFile(folder.resolve(prefix + UUID.randomUUID() + ".tmp"));
            } catch (FileAlreadyExistsException taken) {
                // another name then
            }
        }
    }
}
