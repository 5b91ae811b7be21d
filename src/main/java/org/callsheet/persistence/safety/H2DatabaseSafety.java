package org.callsheet.persistence.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.callsheet.logic.safety.BackupContents;
import org.callsheet.logic.safety.BackupInfo;
import org.callsheet.logic.safety.BackupKind;
import org.callsheet.logic.safety.BackupRetention;
import org.callsheet.logic.safety.BookCounts;
import org.callsheet.logic.safety.CheckReport;
import org.callsheet.logic.safety.CompactResult;
import org.callsheet.logic.safety.DatabaseSafety;
import org.callsheet.logic.safety.KnownState;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.logic.safety.UnusableBackupException;
import org.callsheet.logic.encryption.DatabasePassword;
import org.callsheet.persistence.Database;

/**
 * Backups with H2's online {@code BACKUP TO} (a consistent copy while the database is open),
 * restore from a checked copy, and the consistency check (ADR 24).
 */
public final class H2DatabaseSafety implements DatabaseSafety {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS");

    private final Path database;
    private final OpenDatabase open;
    private final BackupFolder folder;
    private final Clock clock;
    private final Optional<DatabasePassword> password;

    public H2DatabaseSafety(Path databaseWithoutSuffix, OpenDatabase open, Clock clock) {
        this(databaseWithoutSuffix, open, clock, Optional.empty());
    }

    /**
     * Safety of a database opened with {@code password} (if any): an encrypted backup is checked
     * and restored with it (ADR 37).
     */
    public H2DatabaseSafety(Path databaseWithoutSuffix, OpenDatabase open, Clock clock,
                            Optional<DatabasePassword> password) {
        this.password = password;
        this.database = databaseWithoutSuffix.toAbsolutePath();
        this.open = open;
        this.folder = BackupFolder.of(database);
        this.clock = clock;
    }

    private String name() {
        return database.getFileName().toString();
    }

    private Path file() {
        return database.resolveSibling(name() + ".mv.db");
    }

    @Override
    public BackupInfo backup(BackupKind kind, BackupRetention retention) {
        Path target = folder.folder().resolve(name() + "-" + STAMP.format(LocalDateTime.now(clock)) + "-"
                + kind.code() + BackupFolder.SUFFIX);
        Database db = open.database();
        long mark = db.changes().mark();
        BackupInfo taken = writeBackup(db, target, kind);
        db.changes().backedUp(mark);
        prune(retention);
        return taken;
    }

    @Override
    public boolean changedSinceNewestBackup() {
        return open.database().changes().sinceNewestBackup();
    }

    @Override
    public BackupInfo backupTo(Path file) {
        return writeBackup(open.database(), file.toAbsolutePath(), BackupKind.MANUAL);
    }

    private BackupInfo writeBackup(Database db, Path target, BackupKind kind) {
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BookCounts counts = BookCountsQuery.count(db.dsl());
        Instant now = clock.instant();
        // written under another name and moved: a backup cut off half way is never listed
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.deleteIfExists(part);
            db.backupTo(part);
            new BackupArchive(part).addState(new KnownState(KnownState.UNKNOWN_VERSION, now, counts, 0), name());
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BackupInfo(target, now, kind, size(target));
    }

    private void prune(BackupRetention retention) {
        for (BackupInfo old : retention.toDelete(backups(), clock.getZone())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public List<BackupInfo> backups() {
        return folder.backups().stream().map(this::describe).flatMap(Optional::stream).toList();
    }

    /** A backup in the folder, read from its name: NAME-yyyyMMdd-HHmmssSSS-KIND.zip. */
    private Optional<BackupInfo> describe(Path file) {
        String fileName = file.getFileName().toString();
        if (!fileName.startsWith(name() + "-") || !fileName.endsWith(BackupFolder.SUFFIX)
                || fileName.length() < name().length() + 1 + 20 + BackupFolder.SUFFIX.length()) {
            return Optional.empty();
        }
        String rest = fileName.substring(name().length() + 1, fileName.length() - BackupFolder.SUFFIX.length());
        try {
            LocalDateTime at = LocalDateTime.parse(rest.substring(0, 18), STAMP);
            Optional<BackupKind> kind = BackupKind.ofCode(rest.substring(19));
            return kind.map(k -> new BackupInfo(file, at.atZone(clock.getZone()).toInstant(), k, size(file)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public BackupContents inspect(Path backup) {
        CheckedCopy copy = checkedCopy(backup);
        copy.delete();
        return copy.contents();
    }

    /** The backup extracted beside the backups and opened there: a file that opens, and its counts. */
    private record CheckedCopy(Path folder, Path database, BackupContents contents) {
        void delete() {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private CheckedCopy checkedCopy(Path backup) {
        Path absolute = backup.toAbsolutePath();
        Path work;
        try {
            Files.createDirectories(folder.folder());
            work = Files.createTempDirectory(folder.folder(), ".check-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path copy = work.resolve(name());
        try {
            Optional<KnownState> stated = new BackupArchive(absolute).extractTo(work, name());
            BookCounts counts;
            try (Database opened = Database.open(copy, password)) {
                counts = BookCountsQuery.count(opened.dsl());
            }
            Instant takenAt = stated.map(KnownState::seenAt).orElse(Files.getLastModifiedTime(absolute).toInstant());
            BackupKind kind = describe(absolute).map(BackupInfo::kind).orElse(BackupKind.MANUAL);
            return new CheckedCopy(work, copy,
                    new BackupContents(new BackupInfo(absolute, takenAt, kind, size(absolute)), counts));
        } catch (IOException | RuntimeException e) {
            new CheckedCopy(work, copy, null).delete();
            throw new UnusableBackupException(absolute, e);
        }
    }

    @Override
    public BookCounts currentCounts() {
        return BookCountsQuery.count(open.database().dsl());
    }

    @Override
    public BackupInfo restore(BackupContents checked, BackupRetention retention) {
        CheckedCopy copy = checkedCopy(checked.backup().file());
        BackupInfo before;
        try {
            before = backup(BackupKind.BEFORE_RESTORE, retention);
        } catch (StorageUnavailableException e) {
            if (e.reason() == StorageUnavailableException.Reason.IN_USE
                    || e.reason() == StorageUnavailableException.Reason.NOT_WRITABLE) {
                copy.delete();
                throw e;
            }
            // a damaged or shortened file is not open anywhere: kept as it is, beside the backups
            before = keepUnopenable();
        }
        open.close();
        try {
            Files.move(copy.database().resolveSibling(name() + ".mv.db"), file(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Path state = copy.folder().resolve(name() + KnownStateFile.SUFFIX);
            Files.move(state, KnownStateFile.beside(database).file(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            copy.delete();
        }
        return before;
    }

    private BackupInfo keepUnopenable() {
        if (!Files.exists(file())) {
            return null;
        }
        Path target = folder.folder().resolve(name() + "-" + STAMP.format(LocalDateTime.now(clock)) + "-"
                + BackupKind.BEFORE_RESTORE.code() + BackupFolder.SUFFIX);
        BackupArchive.ofClosedFile(file(), target);
        return new BackupInfo(target, clock.instant(), BackupKind.BEFORE_RESTORE, size(target));
    }

    @Override
    public CompactResult compact() {
        open.database().compactOnClose();
        long before = size(file());
        open.close();
        return new CompactResult(before, size(file()));
    }

    @Override
    public void compactOnExit() {
        open.database().compactOnClose();
    }

    @Override
    public CheckReport check(LongConsumer rows) {
        return new ConsistencyCheck(open.database()).run(rows);
    }

}
