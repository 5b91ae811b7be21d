package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.IMPORT_INSERTED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Statement shapes an import repeats for every chunk: one statement rendered per table and bound
 * once per row, copies of rows into the *_BEFORE tables, and MERGE statements back for undo.
 * Every table here has its ID as first column.
 */
final class JooqImportBatching {
    private JooqImportBatching() {
    }

    /** "INSERT INTO t (all columns but ID) VALUES (?, ...)". */
    static BatchBindStep insertWithoutId(DSLContext tx, Table<?> table) {
        List<Field<?>> fields = withoutId(table);
        return tx.batch(tx.insertInto(table, fields).values(new Object[fields.size()]));
    }

    static Object[] valuesWithoutId(Record row) {
        Object[] values = new Object[row.size() - 1];
        for (int i = 1; i < row.size(); i++) {
            values[i - 1] = row.get(i);
        }
        return values;
    }

    /** "UPDATE t SET (all columns but ID) = ? WHERE ID = ?". */
    static BatchBindStep updateById(DSLContext tx, Table<?> table) {
        Map<Field<?>, Object> set = new LinkedHashMap<>();
        for (Field<?> field : withoutId(table)) {
            set.put(field, null);
        }
        @SuppressWarnings("unchecked")
        Field<Long> id = (Field<Long>) table.field(0);
        return tx.batch(tx.update(table).set(set).where(id.eq((Long) null)));
    }

    static Object[] valuesThenId(Record row) {
        Object[] values = Arrays.copyOf(valuesWithoutId(row), row.size());
        values[row.size() - 1] = row.get(0);
        return values;
    }

    /** Copies the rows of {@code from} that meet the condition into {@code to}, tagged with the batch. */
    static void copyInto(DSLContext tx, Table<?> from, Table<?> to, TableField<?, Long> toBatchId, long batchId,
                         Condition where) {
        List<Field<?>> target = new ArrayList<>();
        List<SelectField<?>> source = new ArrayList<>();
        target.add(toBatchId);
        source.add(DSL.inline(batchId));
        for (Field<?> field : from.fields()) {
            target.add(to.field(field.getName()));
            source.add(field);
        }
        tx.insertInto(to, target).select(tx.select(source).from(from).where(where)).execute();
    }

    /** Puts rows of {@code from} of one batch back into {@code to}, by id (H2's MERGE ... KEY). */
    static int mergeBack(DSLContext tx, Table<?> from, Table<?> to, long batchId) {
        StringBuilder columns = new StringBuilder();
        for (Field<?> field : to.fields()) {
            if (!columns.isEmpty()) {
                columns.append(", ");
            }
            columns.append('"').append(field.getName()).append('"');
        }
        String sql = "MERGE INTO \"" + to.getName() + "\" (" + columns + ") KEY (\"ID\") SELECT " + columns
                + " FROM \"" + from.getName() + "\" WHERE \"BATCH_ID\" = ?";
        return tx.execute(sql, batchId);
    }

    static <T> Map<T, Long> idsOf(DSLContext tx, TableField<?, Long> idField, TableField<?, T> keyField,
                                  java.util.Collection<T> keys) {
        Map<T, Long> ids = new HashMap<>(keys.size() * 2);
        if (keys.isEmpty()) {
            return ids;
        }
        tx.select(idField, keyField).from(idField.getTable()).where(keyField.in(keys))
                .forEach(r -> ids.put(r.value2(), r.value1()));
        return ids;
    }

    static long maxId(DSLContext tx, TableField<?, Long> id) {
        Long max = tx.select(DSL.max(id)).from(id.getTable()).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    /**
     * Ids of the rows just inserted, by uid: new ids are above every id before the insert, so a
     * range scan of the primary key finds them (rows other sessions commit meanwhile are ignored
     * by the caller, whose uids they do not have).
     */
    static Map<String, Long> newIds(DSLContext tx, TableField<?, Long> id, TableField<?, String> uid, long above,
                                    List<String> uids) {
        Map<String, Long> ids = new HashMap<>();
        tx.select(id, uid).from(id.getTable()).where(id.gt(above)).forEach(r -> ids.put(r.value2(), r.value1()));
        List<String> missing = uids.stream().filter(u -> !ids.containsKey(u)).toList();
        // Ids given explicitly elsewhere can leave the identity behind the highest id.
        ids.putAll(idsOf(tx, id, uid, missing));
        return ids;
    }

    /**
     * Records ids an import inserted as runs of consecutive ids, one import_inserted row a run: a
     * chunk written by one session is usually a single run, so an inserted record costs no row of
     * its own (ADR 0016).
     */
    static void recordInserted(DSLContext tx, long batchId, String entity, long[] ids) {
        if (ids.length == 0) {
            return;
        }
        long[] sorted = ids.clone();
        Arrays.sort(sorted);
        BatchBindStep runs = tx.batch(tx.insertInto(IMPORT_INSERTED, IMPORT_INSERTED.BATCH_ID, IMPORT_INSERTED.ENTITY,
                IMPORT_INSERTED.FIRST_ID, IMPORT_INSERTED.LAST_ID).values((Long) null, null, null, null));
        long first = sorted[0];
        long last = first;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != last + 1) {
                runs.bind(batchId, entity, first, last);
                first = sorted[i];
            }
            last = sorted[i];
        }
        runs.bind(batchId, entity, first, last);
        runs.execute();
    }

    private static List<Field<?>> withoutId(Table<?> table) {
        return Arrays.asList(table.fields()).subList(1, table.fields().length);
    }
}
