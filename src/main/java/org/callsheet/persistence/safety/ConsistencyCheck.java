package org.callsheet.persistence.safety;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.callsheet.logic.safety.BookCounts;
import org.callsheet.logic.safety.CheckReport;
import org.callsheet.persistence.Database;
import org.jooq.impl.DSL;
import org.slf4j.LoggerFactory;

/**
 * Reads every row of every table through H2 (each page it reads is checked by H2's storage
 * layer), table by table, so a damaged part is named by its table; then counts the book.
 */
final class ConsistencyCheck {
    private static final long REPORT_EVERY = 100_000;

    private final Database database;

    ConsistencyCheck(Database database) {
        this.database = database;
    }

    CheckReport run(LongConsumer rowsRead) {
        List<String> damaged = new ArrayList<>();
        long[] rows = {0};
        database.dsl().connection(connection -> {
            for (String table : tables(connection)) {
                try {
                    readAll(connection, table, rows, rowsRead);
                } catch (SQLException | RuntimeException e) {
                    // H2's own words name page positions, which help nobody: the table is what is lost
                    LoggerFactory.getLogger(ConsistencyCheck.class).info("Table {} cannot be read", table, e);
                    damaged.add(table);
                }
            }
        });
        BookCounts counts = damaged.isEmpty() ? BookCountsQuery.count(database.dsl()) : BookCounts.NONE;
        return new CheckReport(counts, damaged, rows[0]);
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet r = connection.getMetaData().getTables(null, "PUBLIC", null, new String[] {"BASE TABLE", "TABLE"})) {
            while (r.next()) {
                tables.add(r.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static void readAll(Connection connection, String table, long[] rows, LongConsumer rowsRead)
            throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM " + DSL.name("PUBLIC", table))) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int c = 1; c <= columns; c++) {
                    r.getObject(c);
                }
                if (++rows[0] % REPORT_EVERY == 0) {
                    rowsRead.accept(rows[0]);
                }
            }
        }
    }
}
