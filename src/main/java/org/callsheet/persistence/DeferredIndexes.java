package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.IMPORT_DEFERRED_INDEX;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;

/**
 * The secondary indexes a large import takes off the tables it fills and builds again after its
 * rows (ADR 33). Entries of a real company list land on random pages of the sort and phone
 * indexes, and H2 writes every changed page again at each background store: at 100,000 rows that
 * was 1.9 GB written for 14 MB of file. Built after the rows, an index is written once, in key
 * order. Only plain indexes go (not primary keys, unique or foreign-key indexes: they guard the
 * data, and the import's own look-ups use them); each is recorded with the statement that builds
 * it again, so that an import killed in between gets it back when the database next opens.
 */
final class DeferredIndexes {
    /** Rows an import writes into a table before its indexes go, if the table held at most four times that. */
    static final int ROWS = 20_000;

    private static final String PLAIN_INDEXES = "SELECT i.INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES i"
            + " WHERE i.TABLE_SCHEMA = 'PUBLIC' AND i.TABLE_NAME = ? AND i.INDEX_TYPE_NAME = 'INDEX'"
            + " AND NOT EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c"
            + " WHERE c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME) ORDER BY i.INDEX_NAME";
    private static final String COLUMNS = "SELECT COLUMN_NAME, ORDERING_SPECIFICATION, NULL_ORDERING"
            + " FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE INDEX_SCHEMA = 'PUBLIC' AND INDEX_NAME = ?"
            + " ORDER BY ORDINAL_POSITION";

    private final DSLContext tx;
    private final long batchId;
    private final int rows;
    private final Map<Table<?>, Long> written = new HashMap<>();
    private final Map<Table<?>, Integer> storedBefore = new HashMap<>();
    private final Set<Table<?>> takenOff = new HashSet<>();

    DeferredIndexes(DSLContext tx, long batchId, int rows) {
        this.tx = tx;
        this.batchId = batchId;
        this.rows = rows;
    }

    /** Counts rows the import is about to write into {@code table}. */
    void writing(Table<?> table, int count) {
        if (count > 0) {
            storedBefore.computeIfAbsent(table, tx::fetchCount);
            written.merge(table, (long) count, Long::sum);
        }
    }

    /**
     * Before the first write of an import whose file holds {@code fileRows} rows: takes the plain
     * indexes off each of {@code tables} at once when the file is large enough (ADR 47), so that no
     * index page is written for its rows at all. Returns true when an index went: each DROP INDEX
     * commits, the in-progress batch record with it.
     */
    boolean takeOffBeforeWriting(List<Table<?>> tables, long fileRows) {
        boolean any = false;
        for (Table<?> table : tables) {
            if (large(fileRows, () -> tx.fetchCount(table)) && takenOff.add(table)) {
                any |= takeOff(table.getName());
            }
        }
        return any;
    }

    /**
     * Right after a commit: takes the plain indexes off every table the import has written enough
     * rows into. Each DROP INDEX commits by itself, after the record of the index.
     */
    void afterCommit() {
        for (Map.Entry<Table<?>, Long> e : written.entrySet()) {
            Table<?> table = e.getKey();
            if (large(e.getValue(), () -> storedBefore.get(table)) && takenOff.add(table)) {
                takeOff(table.getName());
            }
        }
    }

    /**
     * Enough rows for the indexes to go: at least {@link #ROWS}, and a quarter of what the table
     * holds (asked only for that many rows).
     */
    private boolean large(long writing, LongSupplier stored) {
        return writing >= rows && writing * 4 >= stored.getAsLong();
    }

    private boolean takeOff(String table) {
        List<String> names = tx.fetch(PLAIN_INDEXES, table).getValues(0, String.class);
        for (String name : names) {
            StringBuilder columns = new StringBuilder();
            for (Record column : tx.fetch(COLUMNS, name)) {
                if (!columns.isEmpty()) {
                    columns.append(", ");
                }
                columns.append(quoted(column.get(0, String.class))).append(' ').append(column.get(1, String.class));
                String nulls = column.get(2, String.class);
                if (nulls != null) {
                    columns.append(" NULLS ").append(nulls);
                }
            }
            String create = "CREATE INDEX IF NOT EXISTS " + quoted(name) + " ON \"PUBLIC\"." + quoted(table)
                    + " (" + columns + ")";
            tx.insertInto(IMPORT_DEFERRED_INDEX, IMPORT_DEFERRED_INDEX.BATCH_ID, IMPORT_DEFERRED_INDEX.INDEX_NAME,
                    IMPORT_DEFERRED_INDEX.CREATE_SQL).values(batchId, name, create).execute();
            tx.execute("DROP INDEX IF EXISTS \"PUBLIC\"." + quoted(name));
        }
        return !names.isEmpty();
    }

    /** Builds again every index the batch took off and forgets them; each CREATE INDEX commits by itself. */
    static void rebuild(DSLContext dsl, long batchId) {
        List<String> statements = dsl.select(IMPORT_DEFERRED_INDEX.CREATE_SQL).from(IMPORT_DEFERRED_INDEX)
                .where(IMPORT_DEFERRED_INDEX.BATCH_ID.eq(batchId)).orderBy(IMPORT_DEFERRED_INDEX.INDEX_NAME)
                .fetch(IMPORT_DEFERRED_INDEX.CREATE_SQL);
        statements.forEach(dsl::execute);
        dsl.deleteFrom(IMPORT_DEFERRED_INDEX).where(IMPORT_DEFERRED_INDEX.BATCH_ID.eq(batchId)).execute();
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
