package org.callsheet.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.callsheet.persistence.Database;

/** What a run wrote to the database file (H2's own count) and how large the file is. */
record StoreFigures(long bytesWritten, long fileSize) {
    static StoreFigures of(Database db, Path file) {
        Object written = db.dsl().fetchValue(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.FILE_WRITE_BYTES'");
        try {
            return new StoreFigures(Long.parseLong(String.valueOf(written)), Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "N MB written, file A MB → B MB" from this (before) to {@code after}. */
    String to(StoreFigures after) {
        return String.format("%,d MB written to the database file, file %,d MB -> %,d MB",
                (after.bytesWritten - bytesWritten) / (1024 * 1024), fileSize / (1024 * 1024),
                after.fileSize / (1024 * 1024));
    }
}
