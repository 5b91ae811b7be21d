package org.callsheet.persistence.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code backups} folder beside a database: one zip per backup, named
 * {@code NAME-yyyyMMdd-HHmmss-KIND.zip} so that names sort by time.
 */
public final class BackupFolder {
    public static final String FOLDER = "backups";
    static final String SUFFIX = ".zip";

    private final Path folder;
    private final String databaseName;

    private BackupFolder(Path folder, String databaseName) {
        this.folder = folder;
        this.databaseName = databaseName;
    }

    public static BackupFolder of(Path databaseWithoutSuffix) {
        Path absolute = databaseWithoutSuffix.toAbsolutePath();
        return new BackupFolder(absolute.resolveSibling(FOLDER), absolute.getFileName().toString());
    }

    public Path folder() {
        return folder;
    }

    String databaseName() {
        return databaseName;
    }

    /** This database's backups, newest first. */
    public List<Path> backups() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(this::isBackup)
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (NoSuchFileException none) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Path> newest() {
        try {
            return backups().stream().findFirst();
        } catch (UncheckedIOException unreadable) {
            return Optional.empty();
        }
    }

    private boolean isBackup(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && name.startsWith(databaseName + "-") && name.endsWith(SUFFIX);
    }
}
