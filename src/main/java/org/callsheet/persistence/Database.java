package org.callsheet.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.logic.safety.StorageUnavailableException.Reason;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The embedded H2 database: opened (and created and migrated by Flyway on first use) from a
 * file path without suffix ({@code data/crm} → {@code data/crm.mv.db}), or in memory for tests.
 */
public final class Database implements AutoCloseable {
    static {
        // H2 keeps one small cache of values shared by every thread (Value.cache), read when its
        // SysProperties class loads, which is after this: without it reads took 8-20 % less time
        // at the same live heap (ADR 20). A value set on the command line wins.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    private final JdbcConnectionPool pool;
    private final String url;
    private final DSLContext dsl;
    private final DSLContext bulkReads;
    private final boolean inMemory;
    private volatile boolean compactOnClose;

    private Database(String url, String location) {
        this.url = url;
        this.inMemory = url.startsWith("jdbc:h2:mem:");
        this.pool = JdbcConnectionPool.create(url, "sa", "");
        this.pool.setMaxConnections(8);
        try {
            if (!isCurrent(pool)) {
                migrate(pool);
            }
        } catch (RuntimeException e) {
            pool.dispose();
            throw new StorageUnavailableException(isLocked(e) ? Reason.IN_USE : Reason.UNREADABLE, location, e);
        }
        Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_QUOTED);
        this.dsl = DSL.using(pool, SQLDialect.H2, settings);
        this.bulkReads = DSL.using(new PlainConnections(url), SQLDialect.H2, settings);
    }

    /** Opens the database at {@code pathWithoutSuffix}, creating folders and schema as needed. */
    public static Database open(Path pathWithoutSuffix) {
        Path absolute = pathWithoutSuffix.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (java.io.IOException e) {
            throw new StorageUnavailableException(Reason.NOT_WRITABLE, absolute.toString(), e);
        }
        // H2 rewrites half-empty chunks in the background; at its default (below 90 % live) that
        // work took the second core from every large read and write (ADR 19). At 50 % the file
        // holds at most about twice its data between compactions (closing compacts too).
        return new Database("jdbc:h2:file:" + absolute + ";CACHE_SIZE=65536;DEFAULT_NULL_ORDERING=HIGH"
                + ";AUTO_COMPACT_FILL_RATE=50", absolute + ".mv.db");
    }

    /** A private in-memory database, gone when closed. */
    public static Database inMemory(String name) {
        return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;DEFAULT_NULL_ORDERING=HIGH", "mem:" + name);
    }

    /**
     * Runs H2's SHUTDOWN on a plain statement of a connection outside the pool: it closes the
     * connection it ran on, so nothing may be asked of either afterwards (jOOQ would, and the
     * pool's rollback on return would; H2 logs both as errors in the database's trace file).
     */
    private void shutdown(String command) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
             java.sql.Statement s = c.createStatement()) {
            s.execute(command);
        } catch (java.sql.SQLException closedByShutdown) {
            // closing the statement and connection after SHUTDOWN reports "already closed"
        }
    }

    /** H2 reports a file held by another process with error code 90020 ("may be already in use"). */
    private static boolean isLocked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == 90020) {
                return true;
            }
        }
        return false;
    }

    /**
     * The newest migration this build ships; {@code MigrationsTest} keeps it in step with the files
     * in db/migration. A database already at this version opens without Flyway, which saves a
     * noticeable part of the start-up.
     */
    static final String LATEST_MIGRATION = "9.2";

    private static boolean isCurrent(DataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", "flyway_schema_history", null)) {
            if (!tables.next()) {
                return false;
            }
            try (java.sql.Statement s = c.createStatement();
                 java.sql.ResultSet r = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                         + " WHERE \"version\" IS NOT NULL")) {
                boolean latestApplied = false;
                while (r.next()) {
                    if (!r.getBoolean(2)) {
                        return false;
                    }
                    latestApplied |= LATEST_MIGRATION.equals(r.getString(1));
                }
                return latestApplied;
            }
        } catch (java.sql.SQLException e) {
            throw new DatabaseException("cannot read the schema version", e);
        }
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    public DSLContext dsl() {
        return dsl;
    }

    /**
     * For reads of millions of rows (a reclassification): each connection is a plain one, opened
     * for the work and closed after it. A pooled H2 connection takes a lock on every result-set
     * call, which cost about a third of a GROUP BY pass over a million customers' orders
     * (ADR 0019). Not for writes: those go through {@link #dsl()} and its transactions.
     */
    public DSLContext bulkReads() {
        return bulkReads;
    }

    /** Opens a plain connection per acquisition and closes it on release. */
    private record PlainConnections(String url) implements org.jooq.ConnectionProvider {
        @Override
        public java.sql.Connection acquire() {
            try {
                return java.sql.DriverManager.getConnection(url, "sa", "");
            } catch (java.sql.SQLException e) {
                throw new DatabaseException("cannot open a connection", e);
            }
        }

        @Override
        public void release(java.sql.Connection connection) {
            try {
                connection.close();
            } catch (java.sql.SQLException e) {
                throw new DatabaseException("cannot close a connection", e);
            }
        }
    }

    /**
     * Asks for a full compaction when the database closes. Worth it after a bulk load: H2 keeps the
     * pages a long write replaced for a while, and a million-customer load leaves the file about
     * ten times larger than its data until compacted.
     */
    public void compactOnClose() {
        this.compactOnClose = true;
    }

    @Override
    public void close() {
        if (compactOnClose && !inMemory) {
            shutdown("SHUTDOWN COMPACT");
        } else if (inMemory) {
            // an in-memory database lives until SHUTDOWN (DB_CLOSE_DELAY=-1)
            shutdown("SHUTDOWN");
        }
        pool.dispose();
    }
}
