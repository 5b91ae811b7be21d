package org.callsheet.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
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
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final boolean inMemory;

    private Database(String url) {
        this.inMemory = url.startsWith("jdbc:h2:mem:");
        this.pool = JdbcConnectionPool.create(url, "sa", "");
        this.pool.setMaxConnections(8);
        migrate(pool);
        this.dsl = DSL.using(pool, SQLDialect.H2,
                new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_QUOTED));
    }

    /** Opens the database at {@code pathWithoutSuffix}, creating folders and schema as needed. */
    public static Database open(Path pathWithoutSuffix) {
        Path absolute = pathWithoutSuffix.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (java.io.IOException e) {
            throw new DatabaseException("cannot create folder " + absolute.getParent(), e);
        }
        return new Database("jdbc:h2:file:" + absolute + ";CACHE_SIZE=65536" + System.getProperty("h2extra", ""));
    }

    /** A private in-memory database, gone when closed. */
    public static Database inMemory(String name) {
        return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
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

    @Override
    public void close() {
        if (inMemory) {
            // An in-memory database lives until SHUTDOWN (DB_CLOSE_DELAY=-1); SHUTDOWN also ends
            // the connection it ran on, which H2 reports as an error we do not need.
            try {
                dsl.execute("SHUTDOWN");
            } catch (org.jooq.exception.DataAccessException closedByShutdown) {
                // expected
            }
        }
        pool.dispose();
    }
}
