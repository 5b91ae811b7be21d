package org.callsheet.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.callsheet.logic.safety.BookCounts;
import org.callsheet.logic.safety.CompactionAdvice;
import org.callsheet.logic.safety.KnownState;
import org.callsheet.logic.encryption.DatabasePassword;
import org.callsheet.persistence.encryption.EncryptedFiles;
import org.callsheet.persistence.encryption.FileKey;
import org.callsheet.persistence.safety.BookChanges;
import org.callsheet.persistence.safety.BookCountsQuery;
import org.callsheet.persistence.safety.DurableWrites;
import org.callsheet.persistence.safety.OpeningGuard;
import org.callsheet.persistence.safety.StorageFailureListener;
import org.callsheet.persistence.safety.StorageFailureTransactions;
import org.jooq.Configuration;
import org.jooq.ConnectionProvider;
import org.jooq.ExecuteListener;
import org.jooq.TransactionListener;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultTransactionProvider;
import org.slf4j.LoggerFactory;
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
    /** Empty for a plain file; the file key and user password for an encrypted one (ADR 37). */
    private final String password;
    private final DSLContext dsl;
    private final DSLContext bulkReads;
    private final boolean inMemory;
    private final Optional<OpeningGuard> guard;
    private final BookChanges changes;
    private volatile boolean compactOnClose;

    private Database(String url, String password, String location, Optional<OpeningGuard> guard,
                     BookChanges changes) {
        this.url = url;
        this.password = password;
        this.inMemory = url.startsWith("jdbc:h2:mem:");
        this.guard = guard;
        this.changes = changes;
        this.pool = JdbcConnectionPool.create(url, "sa", password);
        this.pool.setMaxConnections(8);
        try {
            if (!isCurrent(pool)) {
                migrate(pool);
                changes.wrote();
            }
        } catch (RuntimeException e) {
            pool.dispose();
            Optional<StorageUnavailableException> explained = guard.flatMap(g -> g.failures().explain(e));
            if (explained.isPresent()) {
                throw explained.get();
            }
            throw new StorageUnavailableException(isLocked(e) ? Reason.IN_USE
                    : hasCode(e, org.h2.api.ErrorCode.FILE_ENCRYPTION_ERROR_1) ? Reason.WRONG_PASSWORD
                    : Reason.UNREADABLE, location, e);
        }
        Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_QUOTED);
        this.dsl = DSL.using(configuration(new DataSourceConnectionProvider(pool), settings));
        this.bulkReads = DSL.using(configuration(new PlainConnections(url, password), settings));
        try {
            // An import killed while it committed in chunks left its batch in progress (ADR 33).
            UnfinishedImports.removeAll(dsl);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** jOOQ's set-up; a failure caused by a damaged file or a full disk says so (ADR 23). */
    private Configuration configuration(ConnectionProvider connections, Settings settings) {
        Configuration configuration = new DefaultConfiguration().set(connections).set(SQLDialect.H2).set(settings);
        guard.ifPresent(g -> {
            DurableWrites durable = new DurableWrites(() -> execute("CHECKPOINT SYNC"), changes);
            configuration
                    .set(new StorageFailureListener(g.failures()), (ExecuteListener) durable)
                    .set((TransactionListener) durable)
                    .set(new StorageFailureTransactions(new DefaultTransactionProvider(connections), g.failures()));
        });
        return configuration;
    }

    /** Opens the plain database at {@code pathWithoutSuffix}, creating folders and schema as needed. */
    public static Database open(Path pathWithoutSuffix) {
        return open(pathWithoutSuffix, Optional.empty());
    }

    /**
     * Opens the database at {@code pathWithoutSuffix}, creating folders and schema as needed. The
     * password is used when the file is encrypted (ADR 37); an encrypted file without one, or with
     * one that does not open it, is refused before anything is written.
     */
    public static Database open(Path pathWithoutSuffix, Optional<DatabasePassword> password) {
        Path absolute = pathWithoutSuffix.toAbsolutePath();
        Path file = absolute.resolveSibling(absolute.getFileName() + ".mv.db");
        Optional<FileKey> key = Optional.empty();
        if (EncryptedFiles.isEncrypted(file)) {
            key = Optional.of(FileKey.of(password.orElseThrow(() ->
                    new StorageUnavailableException(Reason.PASSWORD_NEEDED, file.toString(), null))));
        }
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
                // the known state and the backups live beside the file (ADR 23): without them a
                // file cut short could no longer be told from an empty one
                if (!Files.isWritable(absolute.getParent())) {
                    throw new java.io.IOException("not writable: " + absolute.getParent());
                }
            }
        } catch (java.io.IOException e) {
            throw new StorageUnavailableException(Reason.NOT_WRITABLE, absolute.toString(), e);
        }
        // H2 rewrites half-empty chunks in the background; at its default (below 90 % live) that
        // work took the second core from every large read and write (ADR 19). At 50 % the file
        // holds at most about twice its data between compactions (closing compacts too).
        OpeningGuard guard = new OpeningGuard(absolute, key);
        Optional<Long> version = guard.check();
        Database database = new Database("jdbc:h2:file:" + absolute + ";CACHE_SIZE=65536;DEFAULT_NULL_ORDERING=HIGH"
                + ";AUTO_COMPACT_FILL_RATE=50" + (key.isPresent() ? ";CIPHER=" + FileKey.CIPHER : ""),
                key.map(FileKey::jdbcPassword).orElse(""), file.toString(), Optional.of(guard),
                BookChanges.atOpen(absolute, version));
        database.recordOpened(version);
        return database;
    }

    /**
     * Notes the version the file was opened at, so that a crash leaves a state the file is never
     * older than; a database seen for the first time is counted.
     */
    private void recordOpened(Optional<Long> version) {
        OpeningGuard g = guard.orElseThrow();
        Optional<KnownState> known = g.knownState().read();
        Instant now = Instant.now();
        if (known.isPresent()) {
            if (version.isPresent()) {
                g.knownState().write(known.get().withVersion(version.get(), now));
            }
        } else {
            g.knownState().write(new KnownState(version.orElse(0L), now, BookCountsQuery.count(dsl), fileSize(g)));
        }
    }

    private static long fileSize(OpeningGuard g) {
        try {
            return Files.size(g.file());
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** A private in-memory database, gone when closed. */
    public static Database inMemory(String name) {
        return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;DEFAULT_NULL_ORDERING=HIGH", "",
                "mem:" + name, Optional.empty(), BookChanges.unknown());
    }

    /**
     * Runs H2's SHUTDOWN on a plain statement of a connection outside the pool: it closes the
     * connection it ran on, so nothing may be asked of either afterwards (jOOQ would, and the
     * pool's rollback on return would; H2 logs both as errors in the database's trace file).
     */
    private void shutdown(String command) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", password);
             java.sql.Statement s = c.createStatement()) {
            s.execute(command);
        } catch (java.sql.SQLException closedByShutdown) {
            // closing the statement and connection after SHUTDOWN reports "already closed"
        }
    }

    /** H2 reports a file held by another process with error code 90020 ("may be already in use"). */
    private static boolean isLocked(Throwable e) {
        return hasCode(e, org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1);
    }

    private static boolean hasCode(Throwable e, int code) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == code) {
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
    static final String LATEST_MIGRATION = "15.1";

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

    /**
     * Writes a consistent backup of the open database into {@code zip} with H2's {@code BACKUP TO},
     * while others keep working (ADR 24).
     */
    public void backupTo(Path zip) {
        execute("BACKUP TO " + DSL.inline(zip.toAbsolutePath().toString()));
    }

    /** Whether the book changed since the newest backup in the backups folder (ADR 40). */
    public BookChanges changes() {
        return changes;
    }

    /** A statement of the database as a whole, on a pooled connection and past jOOQ's listeners. */
    private void execute(String sql) {
        try (java.sql.Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (java.sql.SQLException e) {
            RuntimeException failure = new DatabaseException("cannot run " + sql.split(" ")[0], e);
            throw guard.flatMap(g -> g.failures().explain(failure)).map(RuntimeException.class::cast).orElse(failure);
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** Whether the file is encrypted (opened with a password). */
    public boolean encrypted() {
        return !password.isEmpty();
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
    private record PlainConnections(String url, String password) implements org.jooq.ConnectionProvider {
        @Override
        public String toString() {
            // the record's own would show the password of an encrypted database
            return "PlainConnections[" + url + "]";
        }

        @Override
        public java.sql.Connection acquire() {
            try {
                return java.sql.DriverManager.getConnection(url, "sa", password);
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
     * ten times larger than its data until compacted. Closing also compacts on its own when that
     * frees a quarter of the file (ADR 24).
     */
    public void compactOnClose() {
        this.compactOnClose = true;
    }

    @Override
    public void close() {
        if (inMemory) {
            // an in-memory database lives until SHUTDOWN (DB_CLOSE_DELAY=-1)
            shutdown("SHUTDOWN");
            pool.dispose();
            return;
        }
        OpeningGuard g = guard.orElseThrow();
        Optional<BookCounts> counts = countsForTheRecord();
        if (!compactOnClose && compactionPays()) {
            compactOnClose = true;
        }
        if (compactOnClose) {
            // the compacted file's commits are numbered anew: no version is known until it is done
            g.knownState().read().ifPresent(known -> g.knownState().write(
                    known.withVersion(KnownState.UNKNOWN_VERSION, Instant.now())));
            shutdown("SHUTDOWN COMPACT");
        }
        pool.dispose();
        Optional<Long> version = g.versionAfterClose();
        changes.recordClosed(version);
        if (version.isPresent() && counts.isPresent()) {
            g.knownState().write(new KnownState(version.get(), Instant.now(), counts.get(), fileSize(g)));
        }
    }

    /** After large changes much of the file is dead space; closing then compacts it (ADR 24). */
    private boolean compactionPays() {
        try {
            var figures = dsl.resultQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")
                    .fetchMap(r -> r.get(0, String.class), r -> r.get(1, String.class));
            return CompactionAdvice.pays(Long.parseLong(figures.get("info.FILE_SIZE")),
                    Integer.parseInt(figures.get("info.FILL_RATE")),
                    Integer.parseInt(figures.get("info.CHUNKS_FILL_RATE")));
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Database.class).warn("The file's fill rate could not be read", e);
            return false;
        }
    }

    private Optional<BookCounts> countsForTheRecord() {
        try {
            return Optional.of(BookCountsQuery.count(dsl));
        } catch (RuntimeException e) {
            // a database that can no longer be read keeps the state last recorded for it
            LoggerFactory.getLogger(Database.class).warn("The book could not be counted on closing", e);
            return Optional.empty();
        }
    }
}
