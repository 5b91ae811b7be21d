package org.callsheet.persistence.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.TransactionListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When the database is told to store and force the file, and what counts as a change of the book. */
class DurableWritesTest {
    private final AtomicInteger syncs = new AtomicInteger();
    private final BookChanges changes = BookChanges.unknown();
    private JdbcConnectionPool pool;
    private DSLContext dsl;

    @BeforeEach
    void open() {
        pool = JdbcConnectionPool.create("jdbc:h2:mem:durable;DB_CLOSE_DELAY=-1", "sa", "");
        DurableWrites durable = new DurableWrites(syncs::incrementAndGet, changes);
        dsl = DSL.using(new DefaultConfiguration().set(new DataSourceConnectionProvider(pool)).set(SQLDialect.H2)
                .set((ExecuteListener) durable).set((TransactionListener) durable));
        dsl.execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10))");
        syncs.set(0);
    }

    @AfterEach
    void close() {
        dsl.execute("DROP TABLE t");
        pool.dispose();
    }

    @Test
    void aWriteOutsideATransactionIsSyncedAtOnce() {
        long before = changes.mark();
        dsl.execute("INSERT INTO t VALUES (1, 'a')");
        assertThat(syncs).hasValue(1);
        assertThat(changes.mark()).isEqualTo(before + 1);
    }

    @Test
    void aTransactionIsSyncedOnceWhenItCommits() {
        dsl.transaction(tx -> {
            tx.dsl().execute("INSERT INTO t VALUES (1, 'a')");
            tx.dsl().execute("UPDATE t SET v = 'b' WHERE id = 1");
            assertThat(syncs).as("not before the commit").hasValue(0);
        });
        assertThat(syncs).hasValue(1);
    }

    @Test
    void readsAreNoChangeAndNeedNoSync() {
        long before = changes.mark();
        dsl.fetch("SELECT * FROM t");
        assertThat(syncs).hasValue(0);
        assertThat(changes.mark()).isEqualTo(before);
    }

    @Test
    void aBackupTakenAfterTheLastWriteHoldsTheBook() {
        dsl.execute("INSERT INTO t VALUES (1, 'a')");
        assertThat(changes.sinceNewestBackup()).isTrue();
        long mark = changes.mark();
        changes.backedUp(mark);
        assertThat(changes.sinceNewestBackup()).isFalse();
        dsl.execute("INSERT INTO t VALUES (2, 'b')");
        assertThat(changes.sinceNewestBackup()).isTrue();
    }
}
