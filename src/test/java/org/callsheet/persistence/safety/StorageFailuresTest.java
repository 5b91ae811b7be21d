package org.callsheet.persistence.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.logic.safety.StorageUnavailableException.Reason;
import org.h2.message.DbException;
import org.h2.mvstore.DataUtils;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failures H2 reports for a full disk and a damaged file, built the way H2 builds them (its
 * storage exception converted to the JDBC one, wrapped by jOOQ), are recognised; others are not.
 * A full disk is not reproduced here: that needs a small file system, which only root can mount;
 * the README describes the check by hand.
 */
class StorageFailuresTest {
    @TempDir
    Path folder;

    private Throwable asJooqSeesIt(int storeErrorCode, String message, Object... arguments) {
        SQLException sql = DbException.toSQLException(DataUtils.newMVStoreException(storeErrorCode, message, arguments));
        return new DataAccessException("SQL [insert into customer ...]; " + sql.getMessage(), sql);
    }

    @Test
    void aWriteThatFoundNoSpaceIsADiskFull() {
        Throwable failure = asJooqSeesIt(DataUtils.ERROR_WRITING_FAILED, "Writing to {0} failed; length {1} at {2}",
                "crm.mv.db", 4096, 81920, new IOException("No space left on device"));

        StorageUnavailableException problem = new StorageFailures(folder.resolve("crm")).explain(failure).orElseThrow();

        assertThat(problem.reason()).isEqualTo(Reason.DISK_FULL);
        assertThat(problem.facts().bytesToFree()).isGreaterThanOrEqualTo(100L * 1024 * 1024);
        assertThat(problem.location()).endsWith("crm.mv.db");
    }

    @Test
    void aBatchStatementThatCouldNotWriteIsADiskFullToo() {
        // what H2 2.3 throws for a JDBC batch when the store cannot write: the store's failure as text only
        SQLException batch = new SQLException("General error: \"General error: \"\"org.h2.mvstore"
                + ".MVStoreException: Writing to sun.nio.ch.FileChannelImpl@38ab933e failed; length 1232896 at"
                + " 37470208 [2.3.232/2]\"\" [50000-232]\"; SQL statement: insert into CONTACT values (?) [50000-232]",
                "HY000", 50000);

        assertThat(StorageFailures.reason(batch)).isEqualTo(Reason.DISK_FULL);
        assertThat(StorageFailures.reason(new SQLException("General error: something else [50000-232]")))
                .isNull();
    }

    @Test
    void windowsWordsForAFullDiskAreKnownToo() {
        Throwable failure = asJooqSeesIt(DataUtils.ERROR_WRITING_FAILED, "Writing to {0} failed", "crm.mv.db",
                new IOException("There is not enough space on the disk"));

        assertThat(StorageFailures.reason(failure)).isEqualTo(Reason.DISK_FULL);
    }

    @Test
    void aCorruptChunkIsADamagedFile() {
        Throwable failure = asJooqSeesIt(DataUtils.ERROR_FILE_CORRUPT, "File corrupted in chunk {0}, expected {1}", 34,
                "page length 4..1024");

        assertThat(StorageFailures.reason(failure)).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void ordinaryFailuresAreLeftAlone() {
        Throwable failure = new DataAccessException("bad", new SQLException("Syntax error", "42000", 42001));

        assertThat(new StorageFailures(folder.resolve("crm")).explain(failure)).isEmpty();
    }
}
