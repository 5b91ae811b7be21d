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
public final class BackupArchive {
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

    /**
     * Rewrites the database file inside the backup {@code zip}: it is extracted beside the zip,
     * {@code convert} changes it there, and a copy of the zip holding the changed file is moved
     * over the old one, so the backup is never half written. The state beside it stays.
     */
    public static void rewriteDatabase(Path zip, java.util.function.Consumer<Path> convert) throws IOException {
        Path part = zip.resolveSibling(zip.getFileName() + ".part");
        Path work = Files.createTempDirectory(zip.getParent(), ".rewrite-");
        try {
            Files.copy(zip, part, StandardCopyOption.REPLACE_EXISTING);
            try (FileSystem files = new BackupArchive(part).open(false)) {
                Path entry = databaseEntry(files);
                Path extracted = work.resolve(entry.getFileName().toString());
                Files.copy(entry, extracted);
                convert.accept(extracted);
                Files.copy(extracted, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(part, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
            try (Stream<Path> left = Files.list(work)) {
                for (Path file : left.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(work);
        }
    }

    private static Path databaseEntry(FileSystem files) throws IOException {
        try (Stream<Path> entries = Files.list(files.getPath("/"))) {
            return entries.filter(e -> e.getFileName().toString().endsWith(".mv.db")).findFirst()
                    .orElseThrow(() -> new IOException("no database file in the backup"));
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
