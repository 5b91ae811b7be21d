package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database whose folder cannot be written is refused: its known state and backups could not be
 * kept beside it. (Root may write anywhere, so the check runs only for an ordinary user.)
 */
class DatabaseFolderTest {
    @TempDir
    Path folder;

    @Test
    void aFolderThatCannotBeWrittenIsRefusedBeforeTheFileIsTouched() throws Exception {
        Path books = folder.resolve("books");
        try (Database created = Database.open(books.resolve("crm"))) {
            assertThat(created.dsl().fetchCount(org.callsheet.persistence.jooq.Tables.CUSTOMER)).isZero();
        }
        Path file = books.resolve("crm.mv.db");
        long size = Files.size(file);
        Files.setPosixFilePermissions(books, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(books), "this user (root) may write into a read-only folder");

            assertThatThrownBy(() -> Database.open(books.resolve("crm"))).isInstanceOfSatisfying(
                    StorageUnavailableException.class,
                    e -> assertThat(e.reason()).isEqualTo(StorageUnavailableException.Reason.NOT_WRITABLE));
            assertThat(Files.size(file)).isEqualTo(size);
        } finally {
            Files.setPosixFilePermissions(books, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
