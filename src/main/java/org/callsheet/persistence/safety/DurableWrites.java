package org.callsheet.persistence.safety;

import java.sql.Connection;
import java.sql.SQLException;
import org.callsheet.persistence.DatabaseException;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;

/**
 * A write is on the disk when its commit returns (ADR 38). H2 keeps committed changes in memory
 * and writes them in the background about every half second ({@code WRITE_DELAY}), and never
 * forces the file to the disk on a commit: a call the dialog had acknowledged was lost when the
 * program was killed right after. After every commit of a transaction, and after every write
 * outside one, this runs {@code CHECKPOINT SYNC} (H2 stores what is committed and forces the file),
 * and it counts the writes, so that the exit backup can tell whether the book changed.
 */
public final class DurableWrites implements ExecuteListener, TransactionListener {
    private final Runnable sync;
    private final BookChanges changes;

    /** {@code sync} stores and forces the file; {@code changes} hears of every write. */
    public DurableWrites(Runnable sync, BookChanges changes) {
        this.sync = sync;
        this.changes = changes;
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        ExecuteType type = ctx.type();
        if (type != ExecuteType.WRITE && type != ExecuteType.BATCH && type != ExecuteType.DDL) {
            return;
        }
        changes.wrote();
        if (autoCommit(ctx.connection())) {
            sync.run();
        }
    }

    @Override
    public void commitEnd(TransactionContext ctx) {
        sync.run();
    }

    private static boolean autoCommit(Connection connection) {
        try {
            return connection != null && connection.getAutoCommit();
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the connection's commit mode", e);
        }
    }
}
