package org.callsheet.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.callsheet.persistence.safety.StorageFailureListener;
import org.jooq.Configuration;
import org.jooq.Table;

/**
 * Commits an import's connection every so many written rows (ADR 33). H2 logs every entry a
 * transaction writes and revisits each at commit; in one transaction of a million rows that log
 * and the pages it names outgrow the cache, and the commit reads them back from the file. A
 * session calls {@link #checkpoint()} only after a write and the undo records that go with it, so
 * every commit leaves a consistent batch that can be removed again.
 */
final class ImportCheckpoints {
    /** Rows written between two commits, and into one table before its plain indexes go. */
    record Limits(int rowsPerCommit, int rowsBeforeIndexesGoOff) {
        static final Limits DEFAULT = new Limits(10_000, DeferredIndexes.ROWS);
    }

    private final Connection connection;
    /** Explains a commit that failed for want of disk space or on a damaged file. */
    private final Configuration configuration;
    private final int rows;
    private final DeferredIndexes indexes;
    private long sinceCommit;
    private boolean committedAny;

    ImportCheckpoints(Connection connection, Configuration configuration, int rows, DeferredIndexes indexes) {
        this.connection = connection;
        this.configuration = configuration;
        this.rows = rows;
        this.indexes = indexes;
    }

    /** Counts rows about to be written into {@code table}. */
    void writing(Table<?> table, int count) {
        indexes.writing(table, count);
        sinceCommit += count;
    }

    /** Takes the plain indexes of {@code tables} off before the first write of a large file (ADR 47). */
    void beforeWriting(List<Table<?>> tables, long fileRows) {
        if (indexes.takeOffBeforeWriting(tables, fileRows)) {
            committedAny = true;
        }
    }

    /** Commits when enough rows were written since the last commit. */
    void checkpoint() {
        if (sinceCommit < rows) {
            return;
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            throw StorageFailureListener.explained(configuration, e,
                    new DatabaseException("a part of the import could not be committed", e));
        }
        sinceCommit = 0;
        committedAny = true;
        indexes.afterCommit();
    }

    /** True once part of the import is committed: then only removing the batch takes it back. */
    boolean committedAny() {
        return committedAny;
    }
}
