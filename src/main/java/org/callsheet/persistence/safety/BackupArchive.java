package org.callsheet.persistence.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.callsheet.logic.safety.KnownState;

/**
 * A backup zip: the database file as H2's {@code BACKUP TO} wrote it, and beside it the
 * {@link KnownState} at the time of the backup (ADR 23, ADR 24).
 */
final class BackupArchive {
    private final Path zip;

    BackupArchive(Path zip) {
        this.zip = zip;
    }

    private FileSystem open(boolean create) throws IOException {
        return FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), create ? Map.of("create", "true") : Map.of());
    }

    /** Adds the state file: the counts and time of the backup. */
    void addState(KnownState state, String databaseName) {
        try (FileSystem files = open(false)) {
            Path temporary = Files.createTempFile("callsheet-state", ".properties");
            try {
                new KnownStateFile(temporary).write(state);
                Files.copy(temporary, files.getPath(databaseName + KnownStateFile.SUFFIX),
                        StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a zip holding a copy of a closed database file (one that cannot be opened). */
    static void ofClosedFile(Path databaseFile, Path zip) {
        try (FileSystem files = new BackupArchive(zip).open(true)) {
            Files.copy(databaseFile, files.getPath(databaseFile.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extracts the database file (and its state, if present) as {@code folder/NAME.mv.db}. */
    Optional<KnownState> extractTo(Path folder, String databaseName) throws IOException {
        try (FileSystem files = open(false); Stream<Path> entries = Files.list(files.getPath("/"))) {
            Path database = null;
            Path state = null;
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.endsWith(".mv.db")) {
                    database = entry;
                } else if (name.endsWith(KnownStateFile.SUFFIX)) {
                    state = entry;
                }
            }
            if (database == null) {
                throw new IOException("no database file in " + zip);
            }
            Files.copy(database, folder.resolve(databaseName + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
            if (state == null) {
                return Optional.empty();
            }
            Path stateCopy = folder.resolve("backup" + KnownStateFile.SUFFIX);
            Files.copy(state, stateCopy, StandardCopyOption.REPLACE_EXISTING);
            return new KnownStateFile(stateCopy).read();
        }
    }
}
