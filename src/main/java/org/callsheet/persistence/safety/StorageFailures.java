package org.callsheet.persistence.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.logic.safety.StorageUnavailableException.Facts;
import org.callsheet.logic.safety.StorageUnavailableException.Reason;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * Recognises, among the causes of a failed database operation, the ones the user can act on: a
 * damaged file (restore a backup) and a full disk (free space). Everything else stays as it is.
 */
public final class StorageFailures {
    private static final long MB = 1024 * 1024;
    private static final long LEAST_TO_FREE = 100 * MB;
    private static final java.util.regex.Pattern WRITING_FAILED_TEXT = java.util.regex.Pattern.compile(
            "MVStoreException: Writing to .* failed.*\\[[0-9.]+/" + DataUtils.ERROR_WRITING_FAILED + "\\]");

    private final Path database;

    public StorageFailures(Path databaseWithoutSuffix) {
        this.database = databaseWithoutSuffix.toAbsolutePath();
    }

    private Path file() {
        return database.resolveSibling(database.getFileName() + ".mv.db");
    }

    /** The storage problem behind {@code failure}, or empty when it is none of the known ones. */
    public Optional<StorageUnavailableException> explain(Throwable failure) {
        Optional<StorageUnavailableException> already = StorageUnavailableException.in(failure);
        if (already.isPresent()) {
            return already;
        }
        Reason reason = reason(failure);
        if (reason == null) {
            return Optional.empty();
        }
        Facts facts = new Facts(Optional.empty(), BackupFolder.of(database).newest(),
                reason == Reason.DISK_FULL ? bytesToFree() : 0);
        return Optional.of(new StorageUnavailableException(reason, file().toString(), failure, facts));
    }

    static Reason reason(Throwable failure) {
        boolean ioFailed = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException io && meansDiskFull(io.getMessage())) {
                return Reason.DISK_FULL;
            }
            if (t instanceof MVStoreException store) {
                switch (store.getErrorCode()) {
                    case DataUtils.ERROR_FILE_CORRUPT, DataUtils.ERROR_CHUNK_NOT_FOUND, DataUtils.ERROR_READING_FAILED:
                        return Reason.DAMAGED;
                    case DataUtils.ERROR_WRITING_FAILED:
                        ioFailed = true;
                        break;
                    default:
                        break;
                }
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
                return Reason.DAMAGED;
            }
            if (t.getMessage() != null && meansDiskFull(t.getMessage())) {
                return Reason.DISK_FULL;
            }
            // a batch statement's failure carries H2's store failure only as text: "...
            // MVStoreException: Writing to ... failed; ... [2.3.232/2]" (2: writing failed)
            if (t instanceof SQLException && t.getMessage() != null
                    && WRITING_FAILED_TEXT.matcher(t.getMessage()).find()) {
                ioFailed = true;
            }
        }
        return ioFailed ? Reason.DISK_FULL : null;
    }

    private static boolean meansDiskFull(String message) {
        if (message == null) {
            return false;
        }
        String text = message.toLowerCase(Locale.ROOT);
        // Linux and macOS (ENOSPC), Windows (ERROR_DISK_FULL)
        return text.contains("no space left on device") || text.contains("not enough space on the disk");
    }

    /**
     * How much to free: room for the file to grow to twice its size, which large imports need
     * while H2 writes the changed pages anew (see the README), less what is free now.
     */
    private long bytesToFree() {
        try {
            long size = Files.exists(file()) ? Files.size(file()) : 0;
            long free = Files.getFileStore(database.getParent()).getUsableSpace();
            return Math.max(LEAST_TO_FREE, 2 * size - free);
        } catch (IOException e) {
            return LEAST_TO_FREE;
        }
    }
}
