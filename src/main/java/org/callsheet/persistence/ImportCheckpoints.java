package org.callsheet.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Commits an import's connection every {@link #ROWS} written rows (ADR 23). H2 logs every entry a
 * transaction writes and revisits each at commit; in one transaction of a million rows that log
 * and the pages it names outgrow the cache, and the commit reads them back from the file. Each
 * checkpoint leaves a consistent, removable batch: a session calls {@link #written} only after a
 * write and the undo records that go with it.
 */
final class ImportCheckpoints {
    static final int ROWS = 10_000;

    private final Connection connection;
    private final int rows;
    private long sinceCommit;
    private boolean committedAny;

    ImportCheckpoints(Connection connection, int rows) {
        this.connection = connection;
        this.rows = rows;
    }

    void written(int count) {
        sinceCommit += count;
        if (sinceCommit >= rows) {
            try {
                connection.commit();
            } catch (SQLException e) {
                throw new DatabaseException("a part of the import could not be committed", e);
            }
            sinceCommit = 0;
            committedAny = true;
        }
    }

    /** True once part of the import is committed: then only removing the batch takes it back. */
    boolean committedAny() {
        return committedAny;
    }
}
